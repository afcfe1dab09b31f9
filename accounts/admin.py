from django.apps import apps
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from accounts.models import AuditEvent, User

# Django's admin/app_list.html (the index and the menu on every admin page) heads its table
# with these, hidden but read aloud by screen readers; Django 5.2's Dutch and French
# catalogues lack them. Marked here so that makemessages keeps our translations of them.
DJANGO_ADMIN_MSGIDS = [
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    # An inline's add button, "Add another %(verbose_name)s" with the model's name
    # capitalised by Django ("Nog een Certificaat toevoegen"): ours puts the name first.
    gettext_noop("Add another %(verbose_name)s"),
]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Language"), {"fields": ("language",)}),
    )
    list_display = ["username", "email", "first_name", "last_name", "is_staff", "is_active"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read only, for everyone, superusers included: a trail that can be edited proves nothing."""

    list_display = ["at", "username", "action", "object_shown", "address_short"]
    list_filter = ["action", "at", ("user", admin.RelatedOnlyFieldListFilter)]
    date_hierarchy = "at"
    search_fields = ["username", "object_type", "object_id"]
    list_select_related = ["user"]
    list_per_page = 100
    fields = [
        "at",
        "user",
        "username",
        "action",
        "object_type",
        "object_id",
        "object_label",
        "address_hash",
        "username_hash",
    ]
    readonly_fields = fields

    @admin.display(description=_("object"), ordering="object_type")
    def object_shown(self, obj):
        """ "#23 training session" in the reader's language ("#23 vorming").

        The stored label stays in English (the code's language, the same for every
        reader); the model's name is translated when shown. A model since removed shows
        the stored label."""
        if not obj.object_type:
            return "—"
        try:
            model = apps.get_model(obj.object_type)
        except (LookupError, ValueError):
            return obj.object_label
        return f"#{obj.object_id} {model._meta.verbose_name}"

    @admin.display(description=_("address (keyed hash)"))
    def address_short(self, obj):
        # Enough to see that events came from the same address; the full hash adds nothing.
        return obj.address_hash[:8]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
