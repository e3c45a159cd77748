from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from accounts.views import SetPasswordView
from awards.sitemaps import SITEMAPS

admin.site.site_header = _("Palmares — secretariat")
admin.site.site_title = _("Palmares")
admin.site.index_title = _("Award administration")

urlpatterns = [
    path("", include("awards.urls")),
    path("", include("evaluation.urls")),
    path("", include("reports.urls")),
    # A juror invited without an account chooses a password through this one-time link.
    path(
        "accounts/password/set/<uidb64>/<token>/",
        SetPasswordView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/set/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include(("api.urls", "v1"), namespace="v1")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

# An unknown address under /api/ answers in the API's JSON error shape (api/errors.py).
handler404 = "api.errors.not_found"
