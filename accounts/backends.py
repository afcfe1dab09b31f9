"""Log in with the e-mail address (moderators) or the username (coordinators)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailOrUsernameBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and "@" in username:
            user_model = get_user_model()
            user = user_model._default_manager.filter(email__iexact=username.strip()).first()
            if user is None:
                # Spend the same time as a real check, so that timing tells nothing.
                user_model().set_password(password)
                return None
            if user.check_password(password) and self.user_can_authenticate(user):
                return user
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
