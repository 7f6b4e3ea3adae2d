from django.urls import path

from community.members import views

app_name = "members"

urlpatterns = [
    path("community/me/", views.my_profile, name="my_profile"),
    path("community/people/<int:pk>/", views.profile_detail, name="profile"),
]
