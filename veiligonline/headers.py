"""Security headers on every response, and a Content-Security-Policy for the admin.

The public site's policy lives in veiligonline.middleware (it allows the video host);
the admin gets its own, as strict: Django's admin (since 4.x) runs no inline script,
only its static files, so `script-src 'self'` costs it nothing (the browser test
tests/browser/test_admin_csp.py runs its scripts and sees no violation). Django's own
admin templates carry no inline style, but some of ours do (templates/admin/modules/
module/use.html, outbox/admin.py): 'unsafe-inline' for styles alone, which cannot run
code, until those move to a stylesheet.
"""

from __future__ import annotations

from django.conf import settings

# Every powerful feature off: the portal uses none of them, and a script that slipped in
# (or a framed page) cannot ask for the camera of a parent's phone.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "battery",
        "bluetooth",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)

ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        # The admin opens its related-object pop-ups as windows, never in frames of others.
        "frame-ancestors 'self'",
    ]
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # Nothing of ours is embedded by other sites: our pages, images and files load
        # only on our own pages.
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if request.path.startswith("/admin/") and not request.path.startswith(settings.STATIC_URL):
            response.headers.setdefault("Content-Security-Policy", ADMIN_POLICY)
        return response
