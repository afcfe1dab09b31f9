from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from accounts.models import AuditEvent, User


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

    list_display = ["at", "username", "action", "object_label", "address_short"]
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
