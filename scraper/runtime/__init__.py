"""Code the generated package ships as it is: the router and the least-privilege search.

The modules here use the standard library only and run on Python 3.9, because
`scraper.render.python` copies them verbatim into `dintero_scopes`; the CLI uses
them from here. One implementation, two homes.
"""
