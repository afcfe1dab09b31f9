"""Every public page stays light for a cheap phone on a slow connection."""

import pytest

from benchmarks.page_weight import FIRST_VISIT_LIMIT, HTML_LIMIT, measure, public_paths


@pytest.mark.django_db
def test_every_public_page_is_light(parent, demo):
    for path in public_paths():
        weight = measure(parent, path)
        assert weight.html <= HTML_LIMIT, (path, weight.html)
        assert weight.total <= FIRST_VISIT_LIMIT, (path, weight.total)
        assert any(url.endswith(".css") for url in weight.assets), path
