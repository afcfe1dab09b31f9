from django.urls import path
from django.utils.translation import gettext_lazy as _

from trainings import views

app_name = "trainings"

urlpatterns = [
    path(_("trainings/"), views.session_list, name="sessions"),
    path(_("trainings/<int:pk>/"), views.session_detail, name="session"),
    path(_("trainings/<int:pk>/calendar.ics"), views.session_calendar, name="calendar"),
    path(_("trainings/thank-you/"), views.thanks, name="thanks"),
    path(_("trainings/lost-link/"), views.lost_link, name="lost_link"),
    path(_("invitation/<str:token>/"), views.invite, name="invite"),
    path(_("request-a-training/"), views.request_training, name="request_training"),
    path(_("request/<str:token>/"), views.request_detail, name="request"),
    path(_("request/<str:token>/flyer/"), views.flyer, name="flyer"),
    path(_("registration/<str:token>/"), views.registration_detail, name="registration"),
    path(_("registration/<str:token>/cancel/"), views.registration_cancel, name="cancel"),
    path(
        _("registration/<str:token>/stop-reminders/"),
        views.stop_reminders,
        name="stop_reminders",
    ),
]
