from django.urls import path
from django.utils.translation import gettext_lazy as _

from modules import views

app_name = "modules"

urlpatterns = [
    path(_("modules/"), views.module_list, name="list"),
    path(_("modules/code/"), views.create_code, name="create_code"),
    path(_("modules/resume/"), views.resume, name="resume"),
    path(_("modules/forget/"), views.forget_device, name="forget"),
    path(_("modules/delete-code/"), views.delete_code, name="delete_code"),
    path(_("modules/<slug:slug>/"), views.module_detail, name="module"),
    path(_("modules/<slug:slug>/start/"), views.module_start, name="start"),
    path(_("modules/<slug:slug>/tips/"), views.tip_sheet, name="tips"),
    path(_("modules/<slug:slug>/agreement/"), views.agreement, name="agreement"),
    path(_("modules/<slug:slug>/step/<slug:key>/"), views.step_detail, name="step"),
]
