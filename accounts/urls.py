"""The second factor's pages, in the reader's language (/nl/account/…, /fr/compte/…).

The path words are translated like the rest of the site's addresses.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from accounts import views

app_name = "accounts"

urlpatterns = [
    path(_("account/verify/"), views.verify, name="verify"),
    path(_("account/set-up/"), views.setup, name="setup"),
    path(_("account/recovery-codes/"), views.recovery_codes, name="recovery_codes"),
]
