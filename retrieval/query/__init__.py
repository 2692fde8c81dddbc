"""Query planning: routing (regions, years, descriptions), what is asked, the plan."""
