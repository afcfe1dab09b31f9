"""Where a module's clip and captions may live: where the site's browser policy lets them play.

The Content-Security-Policy allows media from our own origin and from `settings.VIDEO_ORIGIN`
only (veiligonline/middleware.py). An address elsewhere would be saved and then refused by
every parent's browser without a word, so the admin refuses it with the reason instead.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


def _origin(address: str) -> tuple[str, str]:
    parts = urlsplit(address)
    return parts.scheme.lower(), parts.netloc.lower()


@deconstructible
class MediaAddressValidator:
    """A path on this site (`/static/video/clip.mp4`) or an address on the video host."""

    def __call__(self, value: str) -> None:
        value = (value or "").strip()
        if not value:
            return
        parts = urlsplit(value)
        if not parts.scheme and not parts.netloc:
            if not value.startswith("/") or value.startswith("//") or "\\" in value:
                raise ValidationError(
                    _(
                        "Give a path on this site that starts with / (for example "
                        "/static/video/gaming.mp4) or a full address on the video host."
                    ),
                    code="invalid_path",
                )
            return
        allowed = {_origin(settings.SITE_URL)}
        if settings.VIDEO_ORIGIN:
            allowed.add(_origin(settings.VIDEO_ORIGIN))
        if parts.scheme.lower() not in ("http", "https") or _origin(value) not in allowed:
            hosts = ", ".join(f"{scheme}://{host}" for scheme, host in sorted(allowed))
            raise ValidationError(
                _(
                    "Parents' browsers play videos only from this site or the video host "
                    "(%(hosts)s). Put the file there, or ask the technical team to change "
                    "the video host (VIDEO_ORIGIN)."
                ),
                code="origin",
                params={"hosts": hosts},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MediaAddressValidator)
