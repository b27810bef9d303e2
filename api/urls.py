from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from api import apis, interview_apis, pipeline_apis, views

app_name = "api"

urlpatterns = [
    # The published contract and its readers (vendored Swagger UI and Redoc: no CDN).
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path(
        "redoc/",
        SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html"),
        name="redoc",
    ),
    # API v1.
    path("v1/playbooks/", apis.PlaybookListApi.as_view(), name="playbook_list"),
    path("v1/playbooks/<slug:slug>/", apis.PlaybookDetailApi.as_view(), name="playbook_detail"),
    path("v1/results/", apis.ResultListApi.as_view(), name="result_list"),
    path("v1/results/<int:result_id>/", apis.ResultDetailApi.as_view(), name="result_detail"),
    path("v1/audit-events/", apis.AuditEventListApi.as_view(), name="audit_event_list"),
    path("v1/pipelines/", pipeline_apis.PipelineListApi.as_view(), name="pipeline_list"),
    path(
        "v1/pipelines/<int:pipeline_id>/", pipeline_apis.PipelineDetailApi.as_view(), name="pipeline_detail"
    ),
    path(
        "v1/pipelines/<int:pipeline_id>/candidates/",
        pipeline_apis.CandidateAddApi.as_view(),
        name="pipeline_candidate_add",
    ),
    path(
        "v1/pipelines/<int:pipeline_id>/invitations/",
        pipeline_apis.InvitationSendApi.as_view(),
        name="pipeline_invitations_send",
    ),
    path("v1/applications/", pipeline_apis.ApplicationListApi.as_view(), name="application_list"),
    path(
        "v1/applications/<int:application_id>/",
        pipeline_apis.ApplicationDetailApi.as_view(),
        name="application_detail",
    ),
    path(
        "v1/applications/<int:application_id>/stage/",
        pipeline_apis.ApplicationStageApi.as_view(),
        name="application_stage",
    ),
    path(
        "v1/applications/<int:application_id>/invitation/resend/",
        pipeline_apis.InvitationResendApi.as_view(),
        name="application_invitation_resend",
    ),
    path(
        "v1/applications/<int:application_id>/invitation/revoke/",
        pipeline_apis.InvitationRevokeApi.as_view(),
        name="application_invitation_revoke",
    ),
    path(
        "v1/applications/<int:application_id>/invitation/extend/",
        pipeline_apis.InvitationExtendApi.as_view(),
        name="application_invitation_extend",
    ),
    path(
        "v1/applications/<int:application_id>/invitation/accommodation/",
        pipeline_apis.AccommodationApi.as_view(),
        name="application_invitation_accommodation",
    ),
    path("v1/interviews/", interview_apis.InterviewListApi.as_view(), name="interview_list"),
    path(
        "v1/interviews/<int:interview_id>/",
        interview_apis.InterviewDetailApi.as_view(),
        name="interview_detail",
    ),
    # Admin pages in the browser: API keys and webhooks.
    path("keys/", views.api_key_list, name="api_key_list"),
    path("keys/new/", views.api_key_create, name="api_key_create"),
    path("keys/<int:api_key_id>/revoke/", views.api_key_revoke, name="api_key_revoke"),
    path("webhooks/", views.webhook_endpoint_list, name="webhook_endpoint_list"),
    path("webhooks/new/", views.webhook_endpoint_create, name="webhook_endpoint_create"),
    path("webhooks/<int:endpoint_id>/", views.webhook_endpoint_detail, name="webhook_endpoint_detail"),
    path(
        "webhooks/<int:endpoint_id>/active/",
        views.webhook_endpoint_set_active,
        name="webhook_endpoint_set_active",
    ),
    path(
        "webhooks/deliveries/<int:delivery_id>/resend/",
        views.webhook_delivery_resend,
        name="webhook_delivery_resend",
    ),
]
