<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>mechdock::app::CheckConfigCommand</name>
    <message>
        <source>Checks a Mechdock settings file and the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file alone, without environment overrides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-config takes at most one path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %n error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK (%n warning(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::app::ContainersCommand</name>
    <message>
        <source>Show the configured containers, or start, stop or restart one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every container, not only the configured ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, stop or restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: mechdock containers [start|stop|restart NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use start, stop or restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not configured in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow &quot;%2&quot; (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from Docker within 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::app::ServiceRunner</name>
    <message>
        <source>Mechdock %1 starting as a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not found: using defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to start: fix the settings above (mechdock check-config %1 lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check its owner and permissions, or pass --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1: shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service thread did not stop in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload refused: the settings file has errors; keeping the running settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot %1; %2 of %3 Docker endpoints reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::bot::InteractionHandler</name>
    <message>
        <source>Ignored a malformed interaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::bot::StatusMessageBuilder</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers are configured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config</name>
    <message>
        <source>the keychain needs a running application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string: Discord ids do not fit a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of name: seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 16 MiB; this is not a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::ConfigIssue</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::EnvironmentOverrides</name>
    <message>
        <source>&quot;%1&quot; is not a number (sets %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number (sets %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false (sets %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::SecretStore</name>
    <message>
        <source>keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsJson</name>
    <message>
        <source>must be &quot;status&quot; or &quot;control&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsSchema</name>
    <message>
        <source>Application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards (0 = automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status cache lifetime (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background refresh (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start/stop cool-down per container (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between batches (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent stats requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default cool-down (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands per user per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons per user per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget idle users after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users tracked at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample every (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache entries at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message cache entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media group cache entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue length at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User state lifetime (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed peer lifetime (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep expired entries at medium pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halve caches at high pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear caches at critical pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency threshold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (empty = data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections opened at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close idle connections after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared statements cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log rows kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks running at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum minutes between tasks on a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run missed tasks within (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power decay per day (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level decays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest animation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest animation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed step (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animations kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation disk cache (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoint token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (empty = system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file size (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guild ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin user ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin role ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsValidator</name>
    <message>
        <source>is %1; allowed: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, e.g. https://discord.com/api/v10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains spaces or line breaks; paste only the token itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this channel is configured twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; allowed: 10 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; allowed: 60 to 604800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 status channels; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 control channels; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;label|https://...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another endpoint has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with unix://, npipe://, tcp:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a host and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no configured endpoint (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this container is configured twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed for protected info: set a password in the panel or with &apos;mechdock hash-password&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; allowed: 0 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds must rise: warning &lt; critical &lt; emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than database.maxConnections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below mech.maxSpeedPercent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must divide the distance from 100 % to both speed limits, so 100 % is a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerClient</name>
    <message>
        <source>no such container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (permission denied): add the user to the docker group or run as the socket&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only unix://, npipe:// and tcp:// addresses are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed answer from Docker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed container list from Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no such file): is the Docker daemon installed and running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no answer within %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::docker::HttpResponseParser</name>
    <message>
        <source>not an HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunk header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing line break after a chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::MemoryMonitor</name>
    <message>
        <source>Memory pressure high: halved the caches (%1 entries freed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pressure critical: %1 % of the limit used; caches cleared and optional work paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force cleanup freed %1 entries (%2 bytes); RSS %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory grew %1 % between checkpoints %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::ResourceMonitor</name>
    <message>
        <source>%1 at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk of the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler</name>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::CronExpression</name>
    <message>
        <source>a cron expression has 5 fields (minute hour day-of-month month day-of-week), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::DdcImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks.json is not valid JSON (at byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks.json does not hold a list of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry is not a task object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container_name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &quot;%1&quot; is not start, stop or restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_active is not true/false; imported as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; used %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule_details is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule_details.time &quot;%1&quot; is not HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds in schedule_details.time were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date taken from next_run_ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time task without a valid year, month and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly task with an unknown weekday &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly task with an invalid day &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly task with an invalid month or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron task without cron_string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cycle &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::FieldParser</name>
    <message>
        <source>value out of range %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown month name (use JAN-DEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weekday name (use SUN-SAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names are only allowed in the month and day-of-week fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range start is after its end (wrap-around ranges are not supported; write two ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing step after &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleCli</name>
    <message>
        <source>Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]
EXPRESSION: a cron expression (&quot;30 2 * * 1-5&quot;) or &quot;daily 07:30&quot;, &quot;weekly mon,fri 18:00&quot;, &quot;monthly 31 02:00&quot;, &quot;yearly 12-24 20:00&quot;, &quot;once 2026-12-24T20:00&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown schedule command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --count needs a number from 1 to 1000, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown or incomplete option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: missing EXPRESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --from &quot;%1&quot; is not an ISO 8601 time such as 2026-03-29T01:30:00+01:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; never runs after %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleError</name>
    <message>
        <source>%1 (field %2 at position %3: &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleSpec</name>
    <message>
        <source>empty schedule; expected once, daily, weekly, monthly, yearly or a cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete schedule; expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text; expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a 24-hour time HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun) or a range like mon-fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range start is after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a day of the month 1-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected MM-DD with a month 01-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month has no such day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schedule kind; expected once, daily, weekly, monthly, yearly, cron or a cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weekday selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SchedulerApi</name>
    <message>
        <source>The stored schedule &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported disabled (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SpacingRule</name>
    <message>
        <source>This task would run at %1, less than 10 minutes from task %2 (%3 %4, &quot;%5&quot;) at %6. Tasks on one container must be at least 10 minutes apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::TaskRunner</name>
    <message>
        <source>Choose a container for the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never matches a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task with id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result within %1 s; the run was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the previous run of this task is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: due at %1, more than %2 min before the scheduler could run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action executor is connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::security::CooldownTracker</name>
    <message>
        <source>Please wait %1 s before using this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used %1 commands in the last minute; please wait %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have pressed %1 buttons in the last minute; please wait %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::security::PermissionPolicy</name>
    <message>
        <source>Mechdock is not set up for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is not configured for Mechdock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Mechdock admins may use /%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 works only in control channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of this container are not shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs can be read only in control channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Mechdock admins may read logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions work only in control channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::service::BotService</name>
    <message>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Discord bot token is configured. Add it on the Settings page of the panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload (SIGHUP) Mechdock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoint off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and metrics on http://%1 (/health, /health/memory, /metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker endpoint %1 (%2): reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tasks not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::service::ContainerPoller</name>
    <message>
        <source>%1 does not allow &quot;%2&quot; in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::service::DockerActionExecutor</name>
    <message>
        <source>%1 does not allow &quot;%2&quot; in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::service::EndpointProbe</name>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::service::HealthServer</name>
    <message>
        <source>the service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discord gateway stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 (address in use, or not this machine&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceSnapshot</name>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::storage</name>
    <message>
        <source>cannot create the schema version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::storage::ConnectionPool</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 database connections stayed busy for %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Database</name>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is not writable by this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Migrator</name>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s &apos;%1&apos; tables are at version %2, newer than this Mechdock knows (%3): run a newer Mechdock or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations of &apos;%1&apos; are not numbered 1..n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 of &apos;%2&apos; (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record migration %1 of &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainerTableModel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: shown only, no actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainersPage</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers of every Docker endpoint; configured ones can be controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers reported yet: Mechdock is waiting for Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the container %2 on %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DashboardPage</name>
    <message>
        <source>Waiting for the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the settings file and the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (latency %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): reachable, API %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resident, limit %2, pressure %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the settings are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU, disk, network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent alerts about memory, CPU, disk and the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechdock CPU %1 · system CPU %2 · data disk %3 used · network %4 in, %5 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LogsPage</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages of this level or more severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MainWindow</name>
    <message>
        <source>Mechdock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service state, memory and problems at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token, channels, containers, limits and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live log with level filter and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Discord bot&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker endpoints Mechdock talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no token: see Dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Docker: %n endpoint(s) reachable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every container, with start, stop and restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PressureBadge</name>
    <message>
        <source>Memory: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pressure: usage against the effective limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SettingsPage</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;ker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limits and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the settings file (Ctrl+S); the service reloads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool-downs and rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (environment: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the bot token from the Discord developer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the operating system&apos;s keychain, never in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the token in the keychain; the service uses it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status channels show containers; control channels also allow actions. Tick Control for a control channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (empty = DOCKER_HOST or the local socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which containers Discord shows, and which actions it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1. Set DISCORD_BOT_TOKEN in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settings that need attention: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
