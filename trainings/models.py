"""Models arrive with their issues; see PRODUCT.md."""
