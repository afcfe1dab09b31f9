"""The moderators' space: /nl/begeleider/…, /fr/animateur/… (path words are translated)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from moderators import views

app_name = "moderators"

urlpatterns = [
    path(_("moderator/"), views.home, name="home"),
    path(_("moderator/login/"), views.LoginView.as_view(), name="login"),
    path(_("moderator/logout/"), views.LogoutView.as_view(), name="logout"),
    path(_("moderator/password/"), views.password_reset, name="password_reset"),
    path(_("moderator/password/sent/"), views.password_reset_sent, name="password_reset_sent"),
    path(
        _("moderator/password/<uidb64>/<token>/"),
        views.SetPasswordView.as_view(),
        name="set_password",
    ),
    path(_("moderator/sessions/<int:pk>/"), views.session_detail, name="session"),
    path(_("moderator/sessions/<int:pk>/accept/"), views.accept, name="accept"),
    path(_("moderator/sessions/<int:pk>/decline/"), views.decline, name="decline"),
    path(_("moderator/sessions/<int:pk>/report/"), views.report, name="report"),
    path(_("moderator/sessions/<int:pk>/calendar.ics"), views.session_calendar, name="calendar"),
    path(_("moderator/certifications/"), views.certifications, name="certifications"),
    path(_("moderator/calendar/new-address/"), views.reset_feed, name="reset_feed"),
    path(_("moderator/calendar/<str:token>.ics"), views.feed, name="feed"),
]
