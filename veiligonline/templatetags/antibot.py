"""`{% antibot "registration" %}` inside a public <form>: see veiligonline/lib/antibot.py."""

from django import template
from django.template.loader import render_to_string

from veiligonline.lib import antibot as checks

register = template.Library()


@register.simple_tag
def antibot(form: str):
    return render_to_string(
        "includes/antibot.html",
        {
            "form_name": form,
            "honeypot": checks.HONEYPOT_FIELD,
            "started_field": checks.STARTED_FIELD,
            "started": checks.started_value(form),
        },
    )
