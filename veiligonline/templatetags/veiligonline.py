from django import template

from veiligonline.lib.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str):
    return render_markdown(text)


@register.filter
def without_end_mark(label) -> str:
    """A field's label without its closing full stop or colon, for "Label: error" (the
    consent label is a sentence: "… for this session.: We need…" reads wrong)."""
    return str(label).rstrip().rstrip(".:;").rstrip()
