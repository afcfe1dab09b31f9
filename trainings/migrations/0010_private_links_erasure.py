"""Private links' codes kept only as keyed hashes; erased registrations; closed requests.

The codes in links already sent keep working: each registration's and request's code is
hashed into a PrivateLink row (the same HMAC as trainings.models.token_hash), then the
clear column goes. A request held or declined gets `closed_at` from what we know (its
session's end, else when it was received), which starts its link's and data's clocks.
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models
from django.db.models import Q


def hash_codes(apps, schema_editor):
    from trainings.models import token_hash

    PrivateLink = apps.get_model("trainings", "PrivateLink")
    Registration = apps.get_model("trainings", "Registration")
    BookingRequest = apps.get_model("trainings", "BookingRequest")
    batch = []
    for pk, token in Registration.objects.values_list("pk", "token").iterator(chunk_size=1000):
        batch.append(PrivateLink(registration_id=pk, token_hash=token_hash(token)))
    for pk, token in BookingRequest.objects.values_list("pk", "token").iterator(chunk_size=1000):
        batch.append(PrivateLink(booking_id=pk, token_hash=token_hash(token)))
    PrivateLink.objects.bulk_create(batch, batch_size=1000)
    for booking in BookingRequest.objects.filter(status__in=["held", "declined"]).select_related(
        "session"
    ):
        booking.closed_at = booking.session.ends_at if booking.session else booking.created_at
        booking.save(update_fields=["closed_at"])


def codes_back(apps, schema_editor):
    # The codes cannot come back from their hashes: give every row a new one (links sent
    # before stop working), so that the old schema's NOT NULL UNIQUE column holds.
    import secrets

    for name in ("Registration", "BookingRequest"):
        model = apps.get_model("trainings", name)
        for row in model.objects.all():
            row.token = secrets.token_urlsafe(24)
            row.save(update_fields=["token"])


class Migration(migrations.Migration):
    dependencies = [
        ("trainings", "0009_venue_coordinates"),
    ]

    operations = [
        migrations.CreateModel(
            name="PrivateLink",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token_hash", models.CharField(editable=False, max_length=64, unique=True)),
                (
                    "created_at",
                    models.DateTimeField(default=django.utils.timezone.now, editable=False),
                ),
                (
                    "booking",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="links",
                        to="trainings.bookingrequest",
                    ),
                ),
                (
                    "registration",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="links",
                        to="trainings.registration",
                    ),
                ),
            ],
            options={"verbose_name": "private link", "verbose_name_plural": "private links"},
        ),
        migrations.AddConstraint(
            model_name="privatelink",
            constraint=models.CheckConstraint(
                condition=(Q(registration__isnull=False) & Q(booking__isnull=True))
                | (Q(registration__isnull=True) & Q(booking__isnull=False)),
                name="private_link_has_one_owner",
            ),
        ),
        migrations.AddField(
            model_name="bookingrequest",
            name="anonymised_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="contact details erased"
            ),
        ),
        migrations.AddField(
            model_name="bookingrequest",
            name="closed_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="held or declined"
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="erased_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="details erased"
            ),
        ),
        migrations.RunPython(hash_codes, codes_back, elidable=False),
        migrations.RemoveField(model_name="bookingrequest", name="token"),
        migrations.RemoveField(model_name="registration", name="token"),
        migrations.RemoveConstraint(model_name="registration", name="registration_has_contact"),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.CheckConstraint(
                condition=Q(erased_at__isnull=False) | ~Q(email="") | ~Q(phone=""),
                name="registration_has_contact",
            ),
        ),
    ]
