# Uncaught user-defined exception raised explicitly, with chaining from a caught KeyError.
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg['path']
    except KeyError as e:
        raise ConfigError('no path configured') from e
load({})
