"""The second factor's pages, in the reader's language (/nl/account/…, /fr/account/…)."""

from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("account/verify/", views.verify, name="verify"),
    path("account/set-up/", views.setup, name="setup"),
    path("account/recovery-codes/", views.recovery_codes, name="recovery_codes"),
]
