"""The information site's pages. Path words are translated: /nl/advies/, /fr/conseils/."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from veiligonline import views

app_name = "veiligonline"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("advice/"), views.article_list, name="articles"),
    path(_("advice/<slug:slug>/"), views.article_detail, name="article"),
    path(_("search/"), views.search, name="search"),
    path(_("help/"), views.help_contacts, name="help"),
    path(_("about/"), views.page, {"slug": "about"}, name="about"),
    path(_("privacy/"), views.page, {"slug": "privacy"}, name="privacy"),
]
