from django.urls import path

from rubrics import views

app_name = "rubrics"

urlpatterns = [
    path("try/<slug:playbook_slug>/<slug:item_slug>/", views.try_rubric, name="try_rubric"),
]
