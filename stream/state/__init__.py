"""What the worker keeps, as pure functions: events resolved across articles, actor
and place rows and profiles, the front page's feed."""
