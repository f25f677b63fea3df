<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mechdock::app::CheckConfigCommand</name>
    <message>
        <source>Checks a Mechdock settings file and the environment.</source>
        <translation>Checks a Mechdock settings file and the environment.</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>The settings file (default: %1).</translation>
    </message>
    <message>
        <source>Check the file alone, without environment overrides.</source>
        <translation>Check the file alone, without environment overrides.</translation>
    </message>
    <message>
        <source>check-config takes at most one path</source>
        <translation>check-config takes at most one path</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>environment: %1</translation>
    </message>
    <message>
        <source>%1: %n error(s)</source>
        <translation>%1: %n error(s)</translation>
    </message>
    <message>
        <source>%1: OK (%n warning(s))</source>
        <translation>%1: OK (%n warning(s))</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ContainersCommand</name>
    <message>
        <source>Show the configured containers, or start, stop or restart one.</source>
        <translation>Show the configured containers, or start, stop or restart one.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>The settings file.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Show every container, not only the configured ones.</source>
        <translation>Show every container, not only the configured ones.</translation>
    </message>
    <message>
        <source>start, stop or restart</source>
        <translation>start, stop or restart</translation>
    </message>
    <message>
        <source>usage: mechdock containers [start|stop|restart NAME]</source>
        <translation>usage: mechdock containers [start|stop|restart NAME]</translation>
    </message>
    <message>
        <source>unknown action "%1": use start, stop or restart</source>
        <translation>unknown action "%1": use start, stop or restart</translation>
    </message>
    <message>
        <source>%1 is not configured in %2</source>
        <translation>%1 is not configured in %2</translation>
    </message>
    <message>
        <source>%1 does not allow "%2" (allowed: %3)</source>
        <translation>%1 does not allow "%2" (allowed: %3)</translation>
    </message>
    <message>
        <source>no answer from Docker within 60 s</source>
        <translation>no answer from Docker within 60 s</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>UPTIME</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>no answer from Docker</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ServiceRunner</name>
    <message>
        <source>Mechdock %1 starting as a service</source>
        <translation>Mechdock %1 starting as a service</translation>
    </message>
    <message>
        <source>Settings: %1%2</source>
        <translation>Settings: %1%2</translation>
    </message>
    <message>
        <source> (not found: using defaults)</source>
        <translation> (not found: using defaults)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Environment override: %1</source>
        <translation>Environment override: %1</translation>
    </message>
    <message>
        <source>Refusing to start: fix the settings above (mechdock check-config %1 lists them).</source>
        <translation>Refusing to start: fix the settings above (mechdock check-config %1 lists them).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check its owner and permissions, or pass --data-dir.</source>
        <translation>Cannot create the data folder %1: check its owner and permissions, or pass --data-dir.</translation>
    </message>
    <message>
        <source>Signal %1: shutting down</source>
        <translation>Signal %1: shutting down</translation>
    </message>
    <message>
        <source>The service thread did not stop in time</source>
        <translation>The service thread did not stop in time</translation>
    </message>
    <message>
        <source>Reload refused: the settings file has errors; keeping the running settings.</source>
        <translation>Reload refused: the settings file has errors; keeping the running settings.</translation>
    </message>
    <message>
        <source>configuration reloaded</source>
        <translation>configuration reloaded</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>bot %1; %2 of %3 Docker endpoints reachable</source>
        <translation>bot %1; %2 of %3 Docker endpoints reachable</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::InteractionHandler</name>
    <message>
        <source>Ignored a malformed interaction: %1</source>
        <translation>Ignored a malformed interaction: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::StatusMessageBuilder</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>No containers are configured yet.</source>
        <translation>No containers are configured yet.</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Server status</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 of %2 running</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation>Restart all</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Stop all</translation>
    </message>
</context>
<context>
    <name>mechdock::config</name>
    <message>
        <source>the keychain needs a running application</source>
        <translation>the keychain needs a running application</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>the keychain did not answer within %1 ms</translation>
    </message>
    <message>
        <source>no token is stored in the keychain</source>
        <translation>no token is stored in the keychain</translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation>keychain: %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a string: Discord ids do not fit a JSON number</source>
        <translation>must be a string: Discord ids do not fit a JSON number</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>must be a list of strings</translation>
    </message>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>unknown setting (ignored)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an object of name: seconds</source>
        <translation>must be an object of name: seconds</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>cannot be read: %1 (check the file's owner and permissions)</source>
        <translation>cannot be read: %1 (check the file's owner and permissions)</translation>
    </message>
    <message>
        <source>is larger than 16 MiB; this is not a settings file</source>
        <translation>is larger than 16 MiB; this is not a settings file</translation>
    </message>
    <message>
        <source>is not valid JSON at %1: %2</source>
        <translation>is not valid JSON at %1: %2</translation>
    </message>
    <message>
        <source>must hold a JSON object { ... }</source>
        <translation>must hold a JSON object { ... }</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>must be a Discord id (17 to 20 digits)</translation>
    </message>
</context>
<context>
    <name>mechdock::config::ConfigIssue</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>mechdock::config::EnvironmentOverrides</name>
    <message>
        <source>"%1" is not a number (sets %2)</source>
        <translation>"%1" is not a number (sets %2)</translation>
    </message>
    <message>
        <source>"%1" must be a whole number (sets %2)</source>
        <translation>"%1" must be a whole number (sets %2)</translation>
    </message>
    <message>
        <source>"%1" must be true or false (sets %2)</source>
        <translation>"%1" must be true or false (sets %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SecretStore</name>
    <message>
        <source>keychain: %1</source>
        <translation>keychain: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsJson</name>
    <message>
        <source>must be "status" or "control"</source>
        <translation>must be "status" or "control"</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsSchema</name>
    <message>
        <source>Application id</source>
        <translation>Application id</translation>
    </message>
    <message>
        <source>REST API base URL</source>
        <translation>REST API base URL</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot token</translation>
    </message>
    <message>
        <source>Keep the token in the settings file</source>
        <translation>Keep the token in the settings file</translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation>Gateway intents</translation>
    </message>
    <message>
        <source>Shards (0 = automatic)</source>
        <translation>Shards (0 = automatic)</translation>
    </message>
    <message>
        <source>Status cache lifetime (s)</source>
        <translation>Status cache lifetime (s)</translation>
    </message>
    <message>
        <source>Background refresh (s)</source>
        <translation>Background refresh (s)</translation>
    </message>
    <message>
        <source>Start/stop cool-down per container (s)</source>
        <translation>Start/stop cool-down per container (s)</translation>
    </message>
    <message>
        <source>Operations per batch</source>
        <translation>Operations per batch</translation>
    </message>
    <message>
        <source>Pause between batches (ms)</source>
        <translation>Pause between batches (ms)</translation>
    </message>
    <message>
        <source>Concurrent stats requests</source>
        <translation>Concurrent stats requests</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>Request timeout (s)</translation>
    </message>
    <message>
        <source>Default cool-down (s)</source>
        <translation>Default cool-down (s)</translation>
    </message>
    <message>
        <source>Commands per user per minute</source>
        <translation>Commands per user per minute</translation>
    </message>
    <message>
        <source>Buttons per user per minute</source>
        <translation>Buttons per user per minute</translation>
    </message>
    <message>
        <source>Forget idle users after (s)</source>
        <translation>Forget idle users after (s)</translation>
    </message>
    <message>
        <source>Users tracked at most</source>
        <translation>Users tracked at most</translation>
    </message>
    <message>
        <source>Monitor memory</source>
        <translation>Monitor memory</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>Memory limit (MB)</translation>
    </message>
    <message>
        <source>Sample every (s)</source>
        <translation>Sample every (s)</translation>
    </message>
    <message>
        <source>Cache entries at most</source>
        <translation>Cache entries at most</translation>
    </message>
    <message>
        <source>Message cache entries</source>
        <translation>Message cache entries</translation>
    </message>
    <message>
        <source>Media group cache entries</source>
        <translation>Media group cache entries</translation>
    </message>
    <message>
        <source>Queue length at most</source>
        <translation>Queue length at most</translation>
    </message>
    <message>
        <source>User state lifetime (s)</source>
        <translation>User state lifetime (s)</translation>
    </message>
    <message>
        <source>Failed peer lifetime (s)</source>
        <translation>Failed peer lifetime (s)</translation>
    </message>
    <message>
        <source>Sweep expired entries at medium pressure</source>
        <translation>Sweep expired entries at medium pressure</translation>
    </message>
    <message>
        <source>Halve caches at high pressure</source>
        <translation>Halve caches at high pressure</translation>
    </message>
    <message>
        <source>Clear caches at critical pressure</source>
        <translation>Clear caches at critical pressure</translation>
    </message>
    <message>
        <source>Warning threshold (%)</source>
        <translation>Warning threshold (%)</translation>
    </message>
    <message>
        <source>Critical threshold (%)</source>
        <translation>Critical threshold (%)</translation>
    </message>
    <message>
        <source>Emergency threshold (%)</source>
        <translation>Emergency threshold (%)</translation>
    </message>
    <message>
        <source>Database file (empty = data folder)</source>
        <translation>Database file (empty = data folder)</translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation>Connections at most</translation>
    </message>
    <message>
        <source>Connections opened at start</source>
        <translation>Connections opened at start</translation>
    </message>
    <message>
        <source>Close idle connections after (s)</source>
        <translation>Close idle connections after (s)</translation>
    </message>
    <message>
        <source>Prepared statements cached</source>
        <translation>Prepared statements cached</translation>
    </message>
    <message>
        <source>Audit log rows kept</source>
        <translation>Audit log rows kept</translation>
    </message>
    <message>
        <source>Tasks running at once</source>
        <translation>Tasks running at once</translation>
    </message>
    <message>
        <source>Task timeout (s)</source>
        <translation>Task timeout (s)</translation>
    </message>
    <message>
        <source>Minimum minutes between tasks on a container</source>
        <translation>Minimum minutes between tasks on a container</translation>
    </message>
    <message>
        <source>Re-check interval (s)</source>
        <translation>Re-check interval (s)</translation>
    </message>
    <message>
        <source>Run missed tasks within (min)</source>
        <translation>Run missed tasks within (min)</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Default time zone</translation>
    </message>
    <message>
        <source>Power decay per day (cents)</source>
        <translation>Power decay per day (cents)</translation>
    </message>
    <message>
        <source>Top level decays</source>
        <translation>Top level decays</translation>
    </message>
    <message>
        <source>Slowest animation (%)</source>
        <translation>Slowest animation (%)</translation>
    </message>
    <message>
        <source>Fastest animation (%)</source>
        <translation>Fastest animation (%)</translation>
    </message>
    <message>
        <source>Speed step (%)</source>
        <translation>Speed step (%)</translation>
    </message>
    <message>
        <source>Animations kept in memory</source>
        <translation>Animations kept in memory</translation>
    </message>
    <message>
        <source>Animation disk cache (MB)</source>
        <translation>Animation disk cache (MB)</translation>
    </message>
    <message>
        <source>Health endpoint address</source>
        <translation>Health endpoint address</translation>
    </message>
    <message>
        <source>Health endpoint token</source>
        <translation>Health endpoint token</translation>
    </message>
    <message>
        <source>Language (empty = system)</source>
        <translation>Language (empty = system)</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>Close to the tray</translation>
    </message>
    <message>
        <source>Logging rules</source>
        <translation>Logging rules</translation>
    </message>
    <message>
        <source>Log file size (KB)</source>
        <translation>Log file size (KB)</translation>
    </message>
    <message>
        <source>Log files kept</source>
        <translation>Log files kept</translation>
    </message>
    <message>
        <source>Log lines kept in memory</source>
        <translation>Log lines kept in memory</translation>
    </message>
    <message>
        <source>Guild ids</source>
        <translation>Guild ids</translation>
    </message>
    <message>
        <source>Admin user ids</source>
        <translation>Admin user ids</translation>
    </message>
    <message>
        <source>Admin role ids</source>
        <translation>Admin role ids</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>cannot restrict the permissions of %1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsValidator</name>
    <message>
        <source>is %1; allowed: %2 to %3</source>
        <translation>is %1; allowed: %2 to %3</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>must be a Discord id (17 to 20 digits)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, e.g. https://discord.com/api/v10</source>
        <translation>must be an http:// or https:// URL, e.g. https://discord.com/api/v10</translation>
    </message>
    <message>
        <source>contains spaces or line breaks; paste only the token itself</source>
        <translation>contains spaces or line breaks; paste only the token itself</translation>
    </message>
    <message>
        <source>this channel is configured twice</source>
        <translation>this channel is configured twice</translation>
    </message>
    <message>
        <source>is %1; allowed: 10 to 86400</source>
        <translation>is %1; allowed: 10 to 86400</translation>
    </message>
    <message>
        <source>is %1; allowed: 60 to 604800</source>
        <translation>is %1; allowed: 60 to 604800</translation>
    </message>
    <message>
        <source>has %1 status channels; at most %2</source>
        <translation>has %1 status channels; at most %2</translation>
    </message>
    <message>
        <source>has %1 control channels; at most %2</source>
        <translation>has %1 control channels; at most %2</translation>
    </message>
    <message>
        <source>must be "label|https://..."</source>
        <translation>must be "label|https://..."</translation>
    </message>
    <message>
        <source>needs at least one endpoint</source>
        <translation>needs at least one endpoint</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>must be 1 to 64 letters, digits, '.', '_' or '-'</translation>
    </message>
    <message>
        <source>another endpoint has this name</source>
        <translation>another endpoint has this name</translation>
    </message>
    <message>
        <source>must start with unix://, npipe://, tcp:// or https://</source>
        <translation>must start with unix://, npipe://, tcp:// or https://</translation>
    </message>
    <message>
        <source>needs a host and a port</source>
        <translation>needs a host and a port</translation>
    </message>
    <message>
        <source>is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)</source>
        <translation>is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)</translation>
    </message>
    <message>
        <source>must be a Docker container name (letters, digits, '_', '.', '-')</source>
        <translation>must be a Docker container name (letters, digits, '_', '.', '-')</translation>
    </message>
    <message>
        <source>names no configured endpoint ("%1")</source>
        <translation>names no configured endpoint ("%1")</translation>
    </message>
    <message>
        <source>this container is configured twice</source>
        <translation>this container is configured twice</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>is longer than 100 characters</translation>
    </message>
    <message>
        <source>is %1 characters; at most %2</source>
        <translation>is %1 characters; at most %2</translation>
    </message>
    <message>
        <source>is needed for protected info: set a password in the panel or with 'mechdock hash-password'</source>
        <translation>is needed for protected info: set a password in the panel or with 'mechdock hash-password'</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 to 86400</source>
        <translation>is %1; allowed: 0 to 86400</translation>
    </message>
    <message>
        <source>thresholds must rise: warning &lt; critical &lt; emergency</source>
        <translation>thresholds must rise: warning &lt; critical &lt; emergency</translation>
    </message>
    <message>
        <source>is larger than database.maxConnections (%1)</source>
        <translation>is larger than database.maxConnections (%1)</translation>
    </message>
    <message>
        <source>must be below mech.maxSpeedPercent</source>
        <translation>must be below mech.maxSpeedPercent</translation>
    </message>
    <message>
        <source>must divide the distance from 100 % to both speed limits, so 100 % is a step</source>
        <translation>must divide the distance from 100 % to both speed limits, so 100 % is a step</translation>
    </message>
    <message>
        <source>"%1" is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>"%1" is not a known IANA time zone (e.g. Europe/Berlin)</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off</source>
        <translation>must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerClient</name>
    <message>
        <source>no such container</source>
        <translation>no such container</translation>
    </message>
    <message>
        <source>Docker answered %1</source>
        <translation>Docker answered %1</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (permission denied): add the user to the docker group or run as the socket's owner</source>
        <translation>Docker is not reachable at %1 (permission denied): add the user to the docker group or run as the socket's owner</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (connection refused)</source>
        <translation>Docker is not reachable at %1 (connection refused)</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (%2)</source>
        <translation>Docker is not reachable at %1 (%2)</translation>
    </message>
    <message>
        <source>%1: only unix://, npipe:// and tcp:// addresses are supported</source>
        <translation>%1: only unix://, npipe:// and tcp:// addresses are supported</translation>
    </message>
    <message>
        <source>malformed answer from Docker: %1</source>
        <translation>malformed answer from Docker: %1</translation>
    </message>
    <message>
        <source>malformed container list from Docker</source>
        <translation>malformed container list from Docker</translation>
    </message>
    <message>
        <source>"%1" is not a valid container name</source>
        <translation>"%1" is not a valid container name</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>restarted</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>already running</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>already stopped</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>malformed log stream from Docker</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no such file): is the Docker daemon installed and running?</source>
        <translation>Docker is not reachable at %1 (no such file): is the Docker daemon installed and running?</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no answer within %2 s)</source>
        <translation>Docker is not reachable at %1 (no answer within %2 s)</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::HttpResponseParser</name>
    <message>
        <source>not an HTTP response</source>
        <translation>not an HTTP response</translation>
    </message>
    <message>
        <source>malformed status line</source>
        <translation>malformed status line</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>malformed header line</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>malformed Content-Length</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>the response body is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>the response headers are larger than %1 bytes</translation>
    </message>
    <message>
        <source>malformed chunk header</source>
        <translation>malformed chunk header</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>malformed chunk size</translation>
    </message>
    <message>
        <source>missing line break after a chunk</source>
        <translation>missing line break after a chunk</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>the connection closed in the middle of the response</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::MemoryMonitor</name>
    <message>
        <source>Memory pressure high: halved the caches (%1 entries freed)</source>
        <translation>Memory pressure high: halved the caches (%1 entries freed)</translation>
    </message>
    <message>
        <source>Memory pressure critical: %1 % of the limit used; caches cleared and optional work paused</source>
        <translation>Memory pressure critical: %1 % of the limit used; caches cleared and optional work paused</translation>
    </message>
    <message>
        <source>Force cleanup freed %1 entries (%2 bytes); RSS %3 -&gt; %4</source>
        <translation>Force cleanup freed %1 entries (%2 bytes); RSS %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Memory grew %1 % between checkpoints %2 and %3</source>
        <translation>Memory grew %1 % between checkpoints %2 and %3</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::ResourceMonitor</name>
    <message>
        <source>%1 at %2 %</source>
        <translation>%1 at %2 %</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>System CPU</translation>
    </message>
    <message>
        <source>Disk of the data folder</source>
        <translation>Disk of the data folder</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler</name>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::CronExpression</name>
    <message>
        <source>a cron expression has 5 fields (minute hour day-of-month month day-of-week), found %1</source>
        <translation>a cron expression has 5 fields (minute hour day-of-month month day-of-week), found %1</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>extra field</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::DdcImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>tasks.json is not valid JSON (at byte %1: %2)</source>
        <translation>tasks.json is not valid JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>tasks.json does not hold a list of tasks</source>
        <translation>tasks.json does not hold a list of tasks</translation>
    </message>
    <message>
        <source>entry is not a task object</source>
        <translation>entry is not a task object</translation>
    </message>
    <message>
        <source>container_name is missing</source>
        <translation>container_name is missing</translation>
    </message>
    <message>
        <source>action "%1" is not start, stop or restart</source>
        <translation>action "%1" is not start, stop or restart</translation>
    </message>
    <message>
        <source>is_active is not true/false; imported as active</source>
        <translation>is_active is not true/false; imported as active</translation>
    </message>
    <message>
        <source>unknown time zone "%1"; used %2</source>
        <translation>unknown time zone "%1"; used %2</translation>
    </message>
    <message>
        <source>schedule_details is missing</source>
        <translation>schedule_details is missing</translation>
    </message>
    <message>
        <source>schedule_details.time "%1" is not HH:MM</source>
        <translation>schedule_details.time "%1" is not HH:MM</translation>
    </message>
    <message>
        <source>seconds in schedule_details.time were dropped</source>
        <translation>seconds in schedule_details.time were dropped</translation>
    </message>
    <message>
        <source>date taken from next_run_ts</source>
        <translation>date taken from next_run_ts</translation>
    </message>
    <message>
        <source>one-time task without a valid year, month and day</source>
        <translation>one-time task without a valid year, month and day</translation>
    </message>
    <message>
        <source>weekly task with an unknown weekday "%1"</source>
        <translation>weekly task with an unknown weekday "%1"</translation>
    </message>
    <message>
        <source>monthly task with an invalid day "%1"</source>
        <translation>monthly task with an invalid day "%1"</translation>
    </message>
    <message>
        <source>yearly task with an invalid month or day</source>
        <translation>yearly task with an invalid month or day</translation>
    </message>
    <message>
        <source>cron task without cron_string</source>
        <translation>cron task without cron_string</translation>
    </message>
    <message>
        <source>unknown cycle "%1"</source>
        <translation>unknown cycle "%1"</translation>
    </message>
    <message>
        <source>schedule cannot be used: %1</source>
        <translation>schedule cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::FieldParser</name>
    <message>
        <source>value out of range %1-%2</source>
        <translation>value out of range %1-%2</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unexpected character</translation>
    </message>
    <message>
        <source>unknown month name (use JAN-DEC)</source>
        <translation>unknown month name (use JAN-DEC)</translation>
    </message>
    <message>
        <source>unknown weekday name (use SUN-SAT)</source>
        <translation>unknown weekday name (use SUN-SAT)</translation>
    </message>
    <message>
        <source>names are only allowed in the month and day-of-week fields</source>
        <translation>names are only allowed in the month and day-of-week fields</translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation>empty list element</translation>
    </message>
    <message>
        <source>range start is after its end (wrap-around ranges are not supported; write two ranges)</source>
        <translation>range start is after its end (wrap-around ranges are not supported; write two ranges)</translation>
    </message>
    <message>
        <source>missing step after '/'</source>
        <translation>missing step after '/'</translation>
    </message>
    <message>
        <source>step must be between 1 and %1</source>
        <translation>step must be between 1 and %1</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>unexpected text</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleCli</name>
    <message>
        <source>Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]
EXPRESSION: a cron expression ("30 2 * * 1-5") or "daily 07:30", "weekly mon,fri 18:00", "monthly 31 02:00", "yearly 12-24 20:00", "once 2026-12-24T20:00".
</source>
        <translation>Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]
EXPRESSION: a cron expression ("30 2 * * 1-5") or "daily 07:30", "weekly mon,fri 18:00", "monthly 31 02:00", "yearly 12-24 20:00", "once 2026-12-24T20:00".
</translation>
    </message>
    <message>
        <source>error: unknown schedule command "%1"</source>
        <translation>error: unknown schedule command "%1"</translation>
    </message>
    <message>
        <source>error: --count needs a number from 1 to 1000, got "%1"</source>
        <translation>error: --count needs a number from 1 to 1000, got "%1"</translation>
    </message>
    <message>
        <source>error: unknown or incomplete option "%1"</source>
        <translation>error: unknown or incomplete option "%1"</translation>
    </message>
    <message>
        <source>error: missing EXPRESSION</source>
        <translation>error: missing EXPRESSION</translation>
    </message>
    <message>
        <source>error: unknown time zone "%1"</source>
        <translation>error: unknown time zone "%1"</translation>
    </message>
    <message>
        <source>error: --from "%1" is not an ISO 8601 time such as 2026-03-29T01:30:00+01:00</source>
        <translation>error: --from "%1" is not an ISO 8601 time such as 2026-03-29T01:30:00+01:00</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>"%1" never runs after %2</source>
        <translation>"%1" never runs after %2</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleError</name>
    <message>
        <source>%1 (field %2 at position %3: "%4")</source>
        <translation>%1 (field %2 at position %3: "%4")</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleSpec</name>
    <message>
        <source>empty schedule; expected once, daily, weekly, monthly, yearly or a cron expression</source>
        <translation>empty schedule; expected once, daily, weekly, monthly, yearly or a cron expression</translation>
    </message>
    <message>
        <source>incomplete schedule; expected "%1"</source>
        <translation>incomplete schedule; expected "%1"</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>extra field</translation>
    </message>
    <message>
        <source>unexpected text; expected "%1"</source>
        <translation>unexpected text; expected "%1"</translation>
    </message>
    <message>
        <source>expected a 24-hour time HH:MM</source>
        <translation>expected a 24-hour time HH:MM</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun) or a range like mon-fri</source>
        <translation>expected a weekday name (mon-sun) or a range like mon-fri</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun)</source>
        <translation>expected a weekday name (mon-sun)</translation>
    </message>
    <message>
        <source>range start is after its end</source>
        <translation>range start is after its end</translation>
    </message>
    <message>
        <source>expected a day of the month 1-31</source>
        <translation>expected a day of the month 1-31</translation>
    </message>
    <message>
        <source>expected MM-DD with a month 01-12</source>
        <translation>expected MM-DD with a month 01-12</translation>
    </message>
    <message>
        <source>this month has no such day</source>
        <translation>this month has no such day</translation>
    </message>
    <message>
        <source>unknown schedule kind; expected once, daily, weekly, monthly, yearly, cron or a cron expression</source>
        <translation>unknown schedule kind; expected once, daily, weekly, monthly, yearly, cron or a cron expression</translation>
    </message>
    <message>
        <source>no weekday selected</source>
        <translation>no weekday selected</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SchedulerApi</name>
    <message>
        <source>The stored schedule "%1" is not valid.</source>
        <translation>The stored schedule "%1" is not valid.</translation>
    </message>
    <message>
        <source>Unknown time zone "%1".</source>
        <translation>Unknown time zone "%1".</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"; use an IANA name such as Europe/Berlin.</source>
        <translation>Unknown time zone "%1"; use an IANA name such as Europe/Berlin.</translation>
    </message>
    <message>
        <source>%1: imported disabled (%2)</source>
        <translation>%1: imported disabled (%2)</translation>
    </message>
    <message>
        <source>%1: not imported (%2)</source>
        <translation>%1: not imported (%2)</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SpacingRule</name>
    <message>
        <source>This task would run at %1, less than 10 minutes from task %2 (%3 %4, "%5") at %6. Tasks on one container must be at least 10 minutes apart.</source>
        <translation>This task would run at %1, less than 10 minutes from task %2 (%3 %4, "%5") at %6. Tasks on one container must be at least 10 minutes apart.</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::TaskRunner</name>
    <message>
        <source>Choose a container for the task.</source>
        <translation>Choose a container for the task.</translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation>Invalid schedule: %1</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"; use an IANA name such as Europe/Berlin.</source>
        <translation>Unknown time zone "%1"; use an IANA name such as Europe/Berlin.</translation>
    </message>
    <message>
        <source>The time %1 is in the past.</source>
        <translation>The time %1 is in the past.</translation>
    </message>
    <message>
        <source>The schedule "%1" never matches a date.</source>
        <translation>The schedule "%1" never matches a date.</translation>
    </message>
    <message>
        <source>A task with id %1 already exists.</source>
        <translation>A task with id %1 already exists.</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>There is no task with id %1.</translation>
    </message>
    <message>
        <source>No result within %1 s; the run was abandoned.</source>
        <translation>No result within %1 s; the run was abandoned.</translation>
    </message>
    <message>
        <source>Skipped: the previous run of this task is still in progress.</source>
        <translation>Skipped: the previous run of this task is still in progress.</translation>
    </message>
    <message>
        <source>Missed: due at %1, more than %2 min before the scheduler could run it.</source>
        <translation>Missed: due at %1, more than %2 min before the scheduler could run it.</translation>
    </message>
    <message>
        <source>No action executor is connected.</source>
        <translation>No action executor is connected.</translation>
    </message>
</context>
<context>
    <name>mechdock::security::CooldownTracker</name>
    <message>
        <source>Please wait %1 s before using this again.</source>
        <translation>Please wait %1 s before using this again.</translation>
    </message>
    <message>
        <source>You have used %1 commands in the last minute; please wait %2 s.</source>
        <translation>You have used %1 commands in the last minute; please wait %2 s.</translation>
    </message>
    <message>
        <source>You have pressed %1 buttons in the last minute; please wait %2 s.</source>
        <translation>You have pressed %1 buttons in the last minute; please wait %2 s.</translation>
    </message>
</context>
<context>
    <name>mechdock::security::PermissionPolicy</name>
    <message>
        <source>Mechdock is not set up for this server.</source>
        <translation>Mechdock is not set up for this server.</translation>
    </message>
    <message>
        <source>This channel is not configured for Mechdock.</source>
        <translation>This channel is not configured for Mechdock.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may use /%1.</source>
        <translation>Only Mechdock admins may use /%1.</translation>
    </message>
    <message>
        <source>/%1 works only in control channels.</source>
        <translation>/%1 works only in control channels.</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Unknown container.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unknown command.</translation>
    </message>
    <message>
        <source>Details of this container are not shared.</source>
        <translation>Details of this container are not shared.</translation>
    </message>
    <message>
        <source>Logs can be read only in control channels.</source>
        <translation>Logs can be read only in control channels.</translation>
    </message>
    <message>
        <source>Only Mechdock admins may read logs.</source>
        <translation>Only Mechdock admins may read logs.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Unknown action.</translation>
    </message>
    <message>
        <source>Actions work only in control channels.</source>
        <translation>Actions work only in control channels.</translation>
    </message>
    <message>
        <source>%1 does not allow "%2".</source>
        <translation>%1 does not allow "%2".</translation>
    </message>
</context>
<context>
    <name>mechdock::service::BotService</name>
    <message>
        <source>Database unavailable: %1</source>
        <translation>Database unavailable: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Keychain: %1</translation>
    </message>
    <message>
        <source>No Discord bot token is configured. Add it on the Settings page of the panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload (SIGHUP) Mechdock.</source>
        <translation>No Discord bot token is configured. Add it on the Settings page of the panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload (SIGHUP) Mechdock.</translation>
    </message>
    <message>
        <source>Health endpoint off: %1</source>
        <translation>Health endpoint off: %1</translation>
    </message>
    <message>
        <source>Health and metrics on http://%1 (/health, /health/memory, /metrics)</source>
        <translation>Health and metrics on http://%1 (/health, /health/memory, /metrics)</translation>
    </message>
    <message>
        <source>Scheduled tasks not loaded: %1</source>
        <translation>Scheduled tasks not loaded: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 failed: %3</translation>
    </message>
    <message>
        <source>Docker endpoint %1 (%2): reachable</source>
        <translation>Docker endpoint %1 (%2): reachable</translation>
    </message>
    <message>
        <source>Docker endpoint %1: %2</source>
        <translation>Docker endpoint %1: %2</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Service started</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>Service stopped</translation>
    </message>
    <message>
        <source>Reloading the configuration</source>
        <translation>Reloading the configuration</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ContainerPoller</name>
    <message>
        <source>%1 does not allow "%2" in the settings</source>
        <translation>%1 does not allow "%2" in the settings</translation>
    </message>
    <message>
        <source>unknown action "%1"</source>
        <translation>unknown action "%1"</translation>
    </message>
</context>
<context>
    <name>mechdock::service::DockerActionExecutor</name>
    <message>
        <source>%1 does not allow "%2" in the settings</source>
        <translation>%1 does not allow "%2" in the settings</translation>
    </message>
    <message>
        <source>no Docker endpoint named "%1"</source>
        <translation>no Docker endpoint named "%1"</translation>
    </message>
</context>
<context>
    <name>mechdock::service::EndpointProbe</name>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HealthServer</name>
    <message>
        <source>the service is not running</source>
        <translation>the service is not running</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <source>docker endpoint %1: %2</source>
        <translation>docker endpoint %1: %2</translation>
    </message>
    <message>
        <source>discord gateway stopped: %1</source>
        <translation>discord gateway stopped: %1</translation>
    </message>
    <message>
        <source>"%1" is not ADDRESS:PORT</source>
        <translation>"%1" is not ADDRESS:PORT</translation>
    </message>
    <message>
        <source>cannot listen on %1 (address in use, or not this machine's)</source>
        <translation>cannot listen on %1 (address in use, or not this machine's)</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceSnapshot</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>mechdock::storage</name>
    <message>
        <source>cannot create the schema version table: %1</source>
        <translation>cannot create the schema version table: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::ConnectionPool</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 is not a usable SQLite database: %2</translation>
    </message>
    <message>
        <source>all %1 database connections stayed busy for %2 ms</source>
        <translation>all %1 database connections stayed busy for %2 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Database</name>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>cannot create the folder %1 for the database</translation>
    </message>
    <message>
        <source>the database %1 is not writable by this user</source>
        <translation>the database %1 is not writable by this user</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 is not a usable SQLite database: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Migrator</name>
    <message>
        <source>cannot read the schema version of '%1'</source>
        <translation>cannot read the schema version of '%1'</translation>
    </message>
    <message>
        <source>the database's '%1' tables are at version %2, newer than this Mechdock knows (%3): run a newer Mechdock or restore a backup</source>
        <translation>the database's '%1' tables are at version %2, newer than this Mechdock knows (%3): run a newer Mechdock or restore a backup</translation>
    </message>
    <message>
        <source>migrations of '%1' are not numbered 1..n</source>
        <translation>migrations of '%1' are not numbered 1..n</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>migration %1 of '%2' (%3) failed: %4</source>
        <translation>migration %1 of '%2' (%3) failed: %4</translation>
    </message>
    <message>
        <source>cannot record migration %1 of '%2': %3</source>
        <translation>cannot record migration %1 of '%2': %3</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainerTableModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Docker says</source>
        <translation>Docker says</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <source>Not configured: shown only, no actions</source>
        <translation>Not configured: shown only, no actions</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainersPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>Containers of every Docker endpoint; configured ones can be controlled</source>
        <translation>Containers of every Docker endpoint; configured ones can be controlled</translation>
    </message>
    <message>
        <source>No containers reported yet: Mechdock is waiting for Docker.</source>
        <translation>No containers reported yet: Mechdock is waiting for Docker.</translation>
    </message>
    <message>
        <source>Start the selected container</source>
        <translation>Start the selected container</translation>
    </message>
    <message>
        <source>Stop the selected container</source>
        <translation>Stop the selected container</translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation>Restart the selected container</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>%1 the container %2 on %3?</source>
        <translation>%1 the container %2 on %3?</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DashboardPage</name>
    <message>
        <source>Waiting for the service…</source>
        <translation>Waiting for the service…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Discord bot:</source>
        <translation>Discord bot:</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memory:</translation>
    </message>
    <message>
        <source>CPU, disk, network:</source>
        <translation>CPU, disk, network:</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Configuration problems</translation>
    </message>
    <message>
        <source>Problems found in the settings file and the environment</source>
        <translation>Problems found in the settings file and the environment</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Recent alerts about memory, CPU, disk and the service</source>
        <translation>Recent alerts about memory, CPU, disk and the service</translation>
    </message>
    <message>
        <source> (latency %1 ms)</source>
        <translation> (latency %1 ms)</translation>
    </message>
    <message>
        <source>%1 (%2): reachable, API %3</source>
        <translation>%1 (%2): reachable, API %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no endpoint reported yet</source>
        <translation>no endpoint reported yet</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>unavailable: %1</translation>
    </message>
    <message>
        <source>%1 resident, limit %2, pressure %3</source>
        <translation>%1 resident, limit %2, pressure %3</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <source>Mechdock CPU %1 · system CPU %2 · data disk %3 used · network %4 in, %5 out</source>
        <translation>Mechdock CPU %1 · system CPU %2 · data disk %3 used · network %4 in, %5 out</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>None: the settings are valid.</source>
        <translation>None: the settings are valid.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LogsPage</name>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Show only messages of this level or more severe</source>
        <translation>Show only messages of this level or more severe</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation>Show only lines that contain this text</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MainWindow</name>
    <message>
        <source>Mechdock</source>
        <translation>Mechdock</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation>Pages (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Service state, memory and problems at a glance</source>
        <translation>Service state, memory and problems at a glance</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Every container, with start, stop and restart</source>
        <translation>Every container, with start, stop and restart</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Token, channels, containers, limits and language</source>
        <translation>Token, channels, containers, limits and language</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>The live log with level filter and search</source>
        <translation>The live log with level filter and search</translation>
    </message>
    <message>
        <source>The Discord bot's connection</source>
        <translation>The Discord bot's connection</translation>
    </message>
    <message>
        <source>The Docker endpoints Mechdock talks to</source>
        <translation>The Docker endpoints Mechdock talks to</translation>
    </message>
    <message>
        <source>Bot: starting…</source>
        <translation>Bot: starting…</translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation>Docker: checking…</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source> (no token: see Dashboard)</source>
        <translation> (no token: see Dashboard)</translation>
    </message>
    <message numerus="yes">
        <source>Docker: %n endpoint(s) reachable</source>
        <translation>
            <numerusform>Docker: %n endpoint reachable</numerusform>
            <numerusform>Docker: %n endpoints reachable</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PressureBadge</name>
    <message>
        <source>Memory: unknown</source>
        <translation>Memory: unknown</translation>
    </message>
    <message>
        <source>Memory: low</source>
        <translation>Memory: low</translation>
    </message>
    <message>
        <source>Memory: medium</source>
        <translation>Memory: medium</translation>
    </message>
    <message>
        <source>Memory: high</source>
        <translation>Memory: high</translation>
    </message>
    <message>
        <source>Memory: critical</source>
        <translation>Memory: critical</translation>
    </message>
    <message>
        <source>Memory pressure: usage against the effective limit</source>
        <translation>Memory pressure: usage against the effective limit</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SettingsPage</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Remove the selected rows</translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <translation>&amp;Discord</translation>
    </message>
    <message>
        <source>Doc&amp;ker</source>
        <translation>Doc&amp;ker</translation>
    </message>
    <message>
        <source>&amp;Limits and behaviour</source>
        <translation>&amp;Limits and behaviour</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Write the settings file (Ctrl+S); the service reloads it</source>
        <translation>Write the settings file (Ctrl+S); the service reloads it</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation>Discard the changes and read the file again</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <source>Discord connection</source>
        <translation>Discord connection</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Cool-downs and rate limits</source>
        <translation>Cool-downs and rate limits</translation>
    </message>
    <message>
        <source>Memory and resources</source>
        <translation>Memory and resources</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Health endpoint</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source> (environment: %1)</source>
        <translation> (environment: %1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Paste the bot token from the Discord developer portal</source>
        <translation>Paste the bot token from the Discord developer portal</translation>
    </message>
    <message>
        <source>Stored in the operating system's keychain, never in the file</source>
        <translation>Stored in the operating system's keychain, never in the file</translation>
    </message>
    <message>
        <source>Store in &amp;keychain</source>
        <translation>Store in &amp;keychain</translation>
    </message>
    <message>
        <source>Save the token in the keychain; the service uses it at once</source>
        <translation>Save the token in the keychain; the service uses it at once</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>Bot &amp;token:</translation>
    </message>
    <message>
        <source>Discord ids, separated by commas</source>
        <translation>Discord ids, separated by commas</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>Channel id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Refresh (s)</source>
        <translation>Refresh (s)</translation>
    </message>
    <message>
        <source>Recreate after (s)</source>
        <translation>Recreate after (s)</translation>
    </message>
    <message>
        <source>Status channels show containers; control channels also allow actions. Tick Control for a control channel.</source>
        <translation>Status channels show containers; control channels also allow actions. Tick Control for a control channel.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>Address (empty = DOCKER_HOST or the local socket)</source>
        <translation>Address (empty = DOCKER_HOST or the local socket)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation>Certificates folder</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Info text</source>
        <translation>Info text</translation>
    </message>
    <message>
        <source>Which containers Discord shows, and which actions it allows</source>
        <translation>Which containers Discord shows, and which actions it allows</translation>
    </message>
    <message>
        <source>Docker endpoints</source>
        <translation>Docker endpoints</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>container</source>
        <translation>container</translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation>All settings are valid.</translation>
    </message>
    <message numerus="yes">
        <source>Settings that need attention: %n</source>
        <translation>
            <numerusform>Settings that need attention: %n</numerusform>
            <numerusform>Settings that need attention: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Paste a token first.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Storing…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Stored in the keychain.</translation>
    </message>
    <message>
        <source>Not stored: %1. Set DISCORD_BOT_TOKEN in the environment instead.</source>
        <translation>Not stored: %1. Set DISCORD_BOT_TOKEN in the environment instead.</translation>
    </message>
</context>
</TS>
