"""Actions that only a form's POST may do, and what a plain visit to their address finds.

A page that answers a POST (an error shown at /nl/modules/code-wissen/, say) has an
address a person can reach again without posting: the language switch, a reload after
"back", a bookmark. Django's `require_POST` then answers 405 with an empty body, which the
browser shows as its own error page, in English. `post_only(to)` sends such a visit to the
page where the form lives instead; other methods still get 405.
"""

from __future__ import annotations

from functools import wraps

from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect


def post_only(to: str, *, keep: tuple[str, ...] = ()):
    """POST runs the view; GET and HEAD go to the URL named `to` (with the view's `keep`
    arguments, such as the module's slug); anything else is refused with 405."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "POST":
                return view(request, *args, **kwargs)
            if request.method in ("GET", "HEAD"):
                return redirect(to, **{name: kwargs[name] for name in keep})
            return HttpResponseNotAllowed(["POST"])

        return wrapper

    return decorator
