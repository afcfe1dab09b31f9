import os

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from veiligonline import views
from veiligonline.admin_login import ThrottledAdminLoginForm
from veiligonline.health import health
from veiligonline.sitemaps import SITEMAPS

admin.site.site_header = _("Veilig Online coordination")
admin.site.site_title = _("Veilig Online")
admin.site.index_title = _("Programme administration")
admin.site.login_form = ThrottledAdminLoginForm

urlpatterns = [
    # A person's data on request (GDPR): in the admin, behind its login and second factor.
    path("admin/privacy/", include("veiligonline.privacy")),
    path("admin/", admin.site.urls),
    path("health/", health, name="health"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("", include("veiligonline.site_urls")),
    path("", include("modules.urls")),
    path("", include("trainings.urls")),
    path("", include("moderators.urls")),
    path("", include("accounts.urls")),
    prefix_default_language=True,
)

# The load benchmark's baseline (benchmarks/load.py): a view that does nothing, on the
# same server. Absent unless the benchmark asks for it (tests/test_page_cache.py).
if os.environ.get("BENCHMARK") == "1":
    from benchmarks.bare import bare

    urlpatterns.append(path("bench/bare/", bare))

handler403 = "accounts.views.permission_denied"  # in the page's language, admin or site
handler404 = "veiligonline.views.page_not_found"
handler500 = "veiligonline.outage.server_error"
