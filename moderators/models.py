"""The freelance trainers who lead the sessions.

For now a moderator is who leads a session, so that an organisation sees who comes;
certifications, availability and the moderators' own space arrive with their issue
(see PRODUCT.md).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Moderator(models.Model):
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), unique=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("moderator")
        verbose_name_plural = _("moderators")

    def __str__(self) -> str:
        return self.name
