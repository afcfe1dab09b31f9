"""Pages that belong to one person: kept out of caches and search engines.

A private-link page (a registration, a request, its flyer), the moderators' space or a
parent's own module progress shows one person's data to whoever holds the link or the
browser. `Cache-Control: no-store` keeps it out of the browser's back-forward cache on
a shared computer and out of any proxy; `X-Robots-Tag` and the `<meta name="robots">`
that base.html writes when `request.private_page` is set keep a link that was pasted
somewhere public out of search results.
"""

from __future__ import annotations

from functools import wraps

NOINDEX = "noindex, nofollow"


def mark_private(response):
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = NOINDEX
    return response


def private_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.private_page = True
        return mark_private(view(request, *args, **kwargs))

    return wrapper
