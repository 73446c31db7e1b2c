"""The page and the API description, served by the worker next to the JSON routes."""
