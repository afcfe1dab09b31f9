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


@register.filter
def as_lead_in(title) -> str:
    """A heading followed by its text on the next line, in plain text: "Title:", but a
    question keeps its own mark ("What will you do?", not "What will you do?:")."""
    title = str(title).rstrip()
    return title if title.endswith(("?", "!", ":", ".")) else f"{title}:"
