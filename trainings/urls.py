from django.urls import path
from django.utils.translation import gettext_lazy as _

from trainings import views

app_name = "trainings"

urlpatterns = [
    path(_("trainings/"), views.session_list, name="sessions"),
    path(_("trainings/<int:pk>/"), views.session_detail, name="session"),
    path(_("trainings/<int:pk>/calendar.ics"), views.session_calendar, name="calendar"),
    path(_("request-a-training/"), views.request_training, name="request_training"),
    path(_("request/<str:token>/"), views.request_detail, name="request"),
    path(_("registration/<str:token>/"), views.registration_detail, name="registration"),
    path(_("registration/<str:token>/cancel/"), views.registration_cancel, name="cancel"),
]
