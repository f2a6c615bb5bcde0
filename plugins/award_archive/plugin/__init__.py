"""The MkDocs layer: the plugin, its serve cache and the site swap."""
