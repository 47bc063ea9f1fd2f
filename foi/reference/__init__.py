"""Reference data: the 153 authorities and every UK council (registry, uk_councils, namefinder), partnerships, and where councils publish (sources, sources_check)."""
