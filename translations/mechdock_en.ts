<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>WebPasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use at most %1 characters.</translation>
    </message>
    <message>
        <source>Leave out spaces at the start and the end.</source>
        <translation>Leave out spaces at the start and the end.</translation>
    </message>
    <message>
        <source>Too predictable: avoid repeated characters and runs like "abcd" or "1234".</source>
        <translation>Too predictable: avoid repeated characters and runs like "abcd" or "1234".</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries; choose another.</source>
        <translation>This password is among the first ones an attacker tries; choose another.</translation>
    </message>
    <message>
        <source>Under %1 characters, mix at least three of: lower case, upper case, digits, symbols. Or use a longer passphrase.</source>
        <translation>Under %1 characters, mix at least three of: lower case, upper case, digits, symbols. Or use a longer passphrase.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>The engine refused the request.</translation>
    </message>
    <message>
        <source>The engine reported an error.</source>
        <translation>The engine reported an error.</translation>
    </message>
    <message>
        <source>The connection to the engine was lost.</source>
        <translation>The connection to the engine was lost.</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Connection lost; reconnecting…</translation>
    </message>
    <message>
        <source>Not connected to the engine; please try again.</source>
        <translation>Not connected to the engine; please try again.</translation>
    </message>
    <message>
        <source>The engine did not answer in time.</source>
        <translation>The engine did not answer in time.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>Your session ended; please log in again.</source>
        <translation>Your session ended; please log in again.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in to Mechdock</source>
        <translation>Log in to Mechdock</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Optional when there is only one user.</source>
        <translation>Optional when there is only one user.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Create user</translation>
    </message>
    <message>
        <source>Set up Mechdock</source>
        <translation>Set up Mechdock</translation>
    </message>
    <message>
        <source>Create the user for this web page.</source>
        <translation>Create the user for this web page.</translation>
    </message>
    <message>
        <source>The setup code is in the service's log (journalctl -u mechdock, or docker logs).</source>
        <translation>The setup code is in the service's log (journalctl -u mechdock, or docker logs).</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>Setup code</translation>
    </message>
    <message>
        <source>At least 12 characters; not a common password.</source>
        <translation>At least 12 characters; not a common password.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Please enter the setup code.</source>
        <translation>Please enter the setup code.</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Logged out.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
</context>
<context>
    <name>mechdock::LinearRegex</name>
    <message>
        <source>the regular expression is longer than %1 characters</source>
        <translation>the regular expression is longer than %1 characters</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1</source>
        <translation>the regular expression does not compile: %1</translation>
    </message>
    <message>
        <source>the regular expression is too complex (program size %1, at most %2)</source>
        <translation>the regular expression is too complex (program size %1, at most %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::app</name>
    <message>
        <source>usage: mechdock anim info FILE
       mechdock anim retime IN OUT --speed S [--min-frame-ms MS]
       mechdock anim resize IN OUT --width W [--quality Q]</source>
        <translation>usage: mechdock anim info FILE
       mechdock anim retime IN OUT --speed S [--min-frame-ms MS]
       mechdock anim resize IN OUT --width W [--quality Q]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes)</source>
        <translation>%1: the file is too large (%2 bytes)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>file:      %1</source>
        <translation>file:      %1</translation>
    </message>
    <message>
        <source>size:      %1x%2</source>
        <translation>size:      %1x%2</translation>
    </message>
    <message>
        <source>frames:    %1</source>
        <translation>frames:    %1</translation>
    </message>
    <message>
        <source>loop:      %1</source>
        <translation>loop:      %1</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <source>alpha:     %1</source>
        <translation>alpha:     %1</translation>
    </message>
    <message>
        <source>lossless:  %1</source>
        <translation>lossless:  %1</translation>
    </message>
    <message>
        <source>durations: %1 ms (total %2 ms)</source>
        <translation>durations: %1 ms (total %2 ms)</translation>
    </message>
    <message>
        <source>bytes:     %1</source>
        <translation>bytes:     %1</translation>
    </message>
    <message>
        <source>; no task imported</source>
        <translation>; no task imported</translation>
    </message>
    <message>
        <source>; task not imported</source>
        <translation>; task not imported</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2; no task imported</source>
        <translation>the database %1 cannot be opened: %2; no task imported</translation>
    </message>
    <message>
        <source>the stored tasks cannot be read: %1; no task imported</source>
        <translation>the stored tasks cannot be read: %1; no task imported</translation>
    </message>
    <message>
        <source>acts on container "%1", which has no entry in the settings; imported anyway</source>
        <translation>acts on container "%1", which has no entry in the settings; imported anyway</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>not stored: %1</translation>
    </message>
    <message>
        <source>No display found: running headless, as with --service.</source>
        <translation>No display found: running headless, as with --service.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>The system service runs on this computer, but its control socket %1 cannot be reached: %2</source>
        <translation>The system service runs on this computer, but its control socket %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the service's cool-downs and audit. Check that it runs (systemctl status mechdock); if the socket refuses you, run this as root or as a member of the group its control.socketGroup names.</source>
        <translation>Nothing was done: acting on Docker directly would bypass the service's cool-downs and audit. Check that it runs (systemctl status mechdock); if the socket refuses you, run this as root or as a member of the group its control.socketGroup names.</translation>
    </message>
    <message>
        <source>An engine holds the lock of the data folder %1 (%2, process %3 on %4, since %5), but its control socket %6 cannot be reached: %7</source>
        <translation>An engine holds the lock of the data folder %1 (%2, process %3 on %4, since %5), but its control socket %6 cannot be reached: %7</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unknown program</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the engine's cool-downs and audit. Check that engine (or stop it to act without it).</source>
        <translation>Nothing was done: acting on Docker directly would bypass the engine's cool-downs and audit. Check that engine (or stop it to act without it).</translation>
    </message>
    <message>
        <source>Cannot tell whether an engine runs on the data folder %1 (%2), and its control socket %3 cannot be reached: %4</source>
        <translation>Cannot tell whether an engine runs on the data folder %1 (%2), and its control socket %3 cannot be reached: %4</translation>
    </message>
    <message>
        <source>Nothing was done: run this as the engine's user (or a member of its control.socketGroup), or pass the right --data-dir.</source>
        <translation>Nothing was done: run this as the engine's user (or a member of its control.socketGroup), or pass the right --data-dir.</translation>
    </message>
    <message>
        <source>%1: the engine did not answer within %2 s; the action may still complete (see its audit log)</source>
        <translation>%1: the engine did not answer within %2 s; the action may still complete (see its audit log)</translation>
    </message>
    <message>
        <source>%1 has errors, and the engine would not start with it; fix them first (see mechdock check-config).</source>
        <translation>%1 has errors, and the engine would not start with it; fix them first (see mechdock check-config).</translation>
    </message>
    <message>
        <source>No certificate for the remote control API: %1</source>
        <translation>No certificate for the remote control API: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (control.certFile):</source>
        <translation>SHA-256 fingerprint of %1 (control.certFile):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed, made now; the engine uses it from now on):</source>
        <translation>SHA-256 fingerprint of %1 (self-signed, made now; the engine uses it from now on):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed):</source>
        <translation>SHA-256 fingerprint of %1 (self-signed):</translation>
    </message>
    <message>
        <source>Remote access is off (control.remoteListen is empty); this is the certificate it would present.</source>
        <translation>Remote access is off (control.remoteListen is empty); this is the certificate it would present.</translation>
    </message>
    <message>
        <source>"%1" cannot name a key: use 1 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>"%1" cannot name a key: use 1 to 64 letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before adding a key. Nothing was written.</source>
        <translation>%1 has errors; fix them (see mechdock check-config) before adding a key. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 already has an API key named "%2"; choose another name, or remove that entry from control.apiKeys first. Nothing was written.</source>
        <translation>%1 already has an API key named "%2"; choose another name, or remove that entry from control.apiKeys first. Nothing was written.</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>The key was not added: %1</translation>
    </message>
    <message>
        <source>API key "%1" added to %2. This is the only time it is shown: Mechdock stores only its hash, never the key in clear.</source>
        <translation>API key "%1" added to %2. This is the only time it is shown: Mechdock stores only its hash, never the key in clear.</translation>
    </message>
    <message>
        <source>A running engine picks it up when it reloads its settings (SIGHUP, e.g. systemctl reload mechdock).</source>
        <translation>A running engine picks it up when it reloads its settings (SIGHUP, e.g. systemctl reload mechdock).</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>no answer from Docker</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm service</translation>
    </message>
</context>
<context>
    <name>mechdock::app::AnimCommand</name>
    <message>
        <source>Show, re-time or resize an animated WebP.

  info FILE                 canvas, frames, loop, alpha, lossless, durations, bytes
  retime IN OUT --speed S   change the speed (0 &lt; S &lt;= 10) without re-encoding
  resize IN OUT --width W   resize frame by frame, keeping the aspect ratio</source>
        <translation>Show, re-time or resize an animated WebP.

  info FILE                 canvas, frames, loop, alpha, lossless, durations, bytes
  retime IN OUT --speed S   change the speed (0 &lt; S &lt;= 10) without re-encoding
  resize IN OUT --width W   resize frame by frame, keeping the aspect ratio</translation>
    </message>
    <message>
        <source>Speed factor: 1.3 plays 30 % faster.</source>
        <translation>Speed factor: 1.3 plays 30 % faster.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Shortest frame duration written (default 20).</source>
        <translation>Shortest frame duration written (default 20).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Output width in pixels.</source>
        <translation>Output width in pixels.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Lossy quality 0-100; without it a lossless input stays lossless.</source>
        <translation>Lossy quality 0-100; without it a lossless input stays lossless.</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>info, retime or resize</source>
        <translation>info, retime or resize</translation>
    </message>
    <message>
        <source>retime needs --speed S with 0 &lt; S &lt;= 10 and an optional --min-frame-ms from 0 to 60000</source>
        <translation>retime needs --speed S with 0 &lt; S &lt;= 10 and an optional --min-frame-ms from 0 to 60000</translation>
    </message>
    <message>
        <source>resize needs --width W (1 to 16384) and an optional --quality 0-100</source>
        <translation>resize needs --width W (1 to 16384) and an optional --quality 0-100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes written</source>
        <translation>%1: %2 bytes written</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: OK (%n warning(s))</source>
        <translation>
            <numerusform>%1: OK (%n warning)</numerusform>
            <numerusform>%1: OK (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::app::CommandLine</name>
    <message>
        <source>Run headless as a service (no window).</source>
        <translation>Run headless as a service (no window).</translation>
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
        <source>The folder for the database and caches.</source>
        <translation>The folder for the database and caches.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Panel only: save a picture of every page into DIR after start-up, then quit.</source>
        <translation>Panel only: save a picture of every page into DIR after start-up, then quit.</translation>
    </message>
    <message>
        <source>The panel's language (en, de, fr, zh_CN).</source>
        <translation>The panel's language (en, de, fr, zh_CN).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Mechdock: a Docker control panel with an integrated Discord bot.</source>
        <translation>Mechdock: a Docker control panel with an integrated Discord bot.</translation>
    </message>
    <message>
        <source>mechdockd: the headless Mechdock service. Without a sub-command it runs the service, as mechdock --service does, without any graphical library.</source>
        <translation>mechdockd: the headless Mechdock service. Without a sub-command it runs the service, as mechdock --service does, without any graphical library.</translation>
    </message>
    <message>
        <source>The language of messages (en, de, fr, zh_CN).</source>
        <translation>The language of messages (en, de, fr, zh_CN).</translation>
    </message>
    <message>
        <source>Unknown sub-command "%1"; see %2 --help</source>
        <translation>Unknown sub-command "%1"; see %2 --help</translation>
    </message>
    <message>
        <source>Panel only: attach to a running engine: the path of its control.sock or wss://host:port (the API key from MECHDOCK_CONTROL_KEY).</source>
        <translation>Panel only: attach to a running engine: the path of its control.sock or wss://host:port (the API key from MECHDOCK_CONTROL_KEY).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ContainersCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>The settings file.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>%1 is not configured in %2</source>
        <translation>%1 is not configured in %2</translation>
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
    <message>
        <source>The data folder of the engine to act through, if one runs (default: %1).</source>
        <translation>The data folder of the engine to act through, if one runs (default: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show every container of the endpoints, not only the ones configured for Discord.</source>
        <translation>Show every container of the endpoints, not only the ones configured for Discord.</translation>
    </message>
    <message>
        <source>DISCORD</source>
        <translation>DISCORD</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) on the endpoints are not configured for Discord and not shown: mechdock containers --all lists them. Add one with the panel's Containers page (Add to Discord) or under "containers" in the settings file.</source>
        <translation>
            <numerusform>%n container on the endpoints are not configured for Discord and not shown: mechdock containers --all lists them. Add one with the panel's Containers page (Add to Discord) or under "containers" in the settings file.</numerusform>
            <numerusform>%n containers on the endpoints are not configured for Discord and not shown: mechdock containers --all lists them. Add one with the panel's Containers page (Add to Discord) or under "containers" in the settings file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the configured containers, or start, stop, restart or update one. When an engine (mechdockd, mechdock --service or the panel) runs on the data folder, or the system service runs and neither --config nor --data-dir is given, an action goes through it: its settings, cool-downs and audit apply.</source>
        <translation>Show the configured containers, or start, stop, restart or update one. When an engine (mechdockd, mechdock --service or the panel) runs on the data folder, or the system service runs and neither --config nor --data-dir is given, an action goes through it: its settings, cool-downs and audit apply.</translation>
    </message>
    <message>
        <source>start, stop, restart or update</source>
        <translation>start, stop, restart or update</translation>
    </message>
    <message>
        <source>usage: mechdock containers [start|stop|restart|update NAME]</source>
        <translation>usage: mechdock containers [start|stop|restart|update NAME]</translation>
    </message>
    <message>
        <source>unknown action "%1": use start, stop, restart or update</source>
        <translation>unknown action "%1": use start, stop, restart or update</translation>
    </message>
    <message>
        <source>no answer from Docker within %1 s</source>
        <translation>no answer from Docker within %1 s</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ControlCommand</name>
    <message>
        <source>The remote control API's credentials. fingerprint: print the SHA-256 fingerprint of the certificate it presents, for clients to confirm. add-key NAME: make an API key, store its hash in control.apiKeys and print the key once.</source>
        <translation>The remote control API's credentials. fingerprint: print the SHA-256 fingerprint of the certificate it presents, for clients to confirm. add-key NAME: make an API key, store its hash in control.apiKeys and print the key once.</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>The settings file (default: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The data folder, where the self-signed certificate is kept (default: %1).</source>
        <translation>The data folder, where the self-signed certificate is kept (default: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>fingerprint, or add-key NAME</source>
        <translation>fingerprint, or add-key NAME</translation>
    </message>
    <message>
        <source>usage: mechdock control fingerprint | add-key NAME [--config PATH] [--data-dir DIR]</source>
        <translation>usage: mechdock control fingerprint | add-key NAME [--config PATH] [--data-dir DIR]</translation>
    </message>
</context>
<context>
    <name>mechdock::app::GuiRunner</name>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>Cannot lock the data folder: %1</translation>
    </message>
    <message>
        <source>"%1" is not an engine's address: use the path of its control.sock or wss://host:port.</source>
        <translation>"%1" is not an engine's address: use the path of its control.sock or wss://host:port.</translation>
    </message>
    <message>
        <source>The system service runs here; the panel attaches to %1.</source>
        <translation>The system service runs here; the panel attaches to %1.</translation>
    </message>
    <message>
        <source>%1 (process %2) runs the engine of %3; the panel attaches to it.</source>
        <translation>%1 (process %2) runs the engine of %3; the panel attaches to it.</translation>
    </message>
</context>
<context>
    <name>mechdock::app::HealthCommand</name>
    <message>
        <source>Asks the running Mechdock service whether it is healthy. Exit code 0: healthy, 1: unhealthy, 2: no verdict (the endpoint is off, unreachable or refuses the token).</source>
        <translation>Asks the running Mechdock service whether it is healthy. Exit code 0: healthy, 1: unhealthy, 2: no verdict (the endpoint is off, unreachable or refuses the token).</translation>
    </message>
    <message>
        <source>The settings file with http.listen and http.bearerToken (default: %1).</source>
        <translation>The settings file with http.listen and http.bearerToken (default: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Ask this URL instead of the one the settings give.</source>
        <translation>Ask this URL instead of the one the settings give.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 5).</source>
        <translation>Give up after this many seconds (default 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>health takes no arguments; see mechdock health --help</source>
        <translation>health takes no arguments; see mechdock health --help</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 600</source>
        <translation>--timeout takes a number of seconds between 0 and 600</translation>
    </message>
    <message>
        <source>"%1" is not an http:// URL</source>
        <translation>"%1" is not an http:// URL</translation>
    </message>
    <message>
        <source>The health endpoint is off: http.listen is empty (settings %1, or MECHDOCK_HTTP_LISTEN). Set it, e.g. to 127.0.0.1:9374, and restart the service.</source>
        <translation>The health endpoint is off: http.listen is empty (settings %1, or MECHDOCK_HTTP_LISTEN). Set it, e.g. to 127.0.0.1:9374, and restart the service.</translation>
    </message>
    <message>
        <source>http.listen "%1" is not ADDRESS:PORT (settings %2)</source>
        <translation>http.listen "%1" is not ADDRESS:PORT (settings %2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>unreachable: %1: %2. Is the service running, and does http.listen match its settings?</source>
        <translation>unreachable: %1: %2. Is the service running, and does http.listen match its settings?</translation>
    </message>
    <message>
        <source>refused: %1 wants a token; set http.bearerToken or MECHDOCK_HTTP_TOKEN to the service's.</source>
        <translation>refused: %1 wants a token; set http.bearerToken or MECHDOCK_HTTP_TOKEN to the service's.</translation>
    </message>
    <message>
        <source>healthy: %1</source>
        <translation>healthy: %1</translation>
    </message>
    <message>
        <source>unhealthy: %1</source>
        <translation>unhealthy: %1</translation>
    </message>
    <message>
        <source>no verdict: %1 answered HTTP %2</source>
        <translation>no verdict: %1 answered HTTP %2</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ImportDdcCommand</name>
    <message>
        <source>Imports a DockerDiscordControl config folder (containers, channels, admins, settings, scheduled tasks) into Mechdock.</source>
        <translation>Imports a DockerDiscordControl config folder (containers, channels, admins, settings, scheduled tasks) into Mechdock.</translation>
    </message>
    <message>
        <source>DDC's config folder (the one holding config.json or bot_config.json, containers/, channels/, tasks.json).</source>
        <translation>DDC's config folder (the one holding config.json or bot_config.json, containers/, channels/, tasks.json).</translation>
    </message>
    <message>
        <source>The settings file to merge into (default: %1).</source>
        <translation>The settings file to merge into (default: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The folder of the database (default: %1).</source>
        <translation>The folder of the database (default: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Show what would be imported; write nothing.</translation>
    </message>
    <message>
        <source>Store the bot token in the settings file (readable by its owner only) instead of the keychain.</source>
        <translation>Store the bot token in the settings file (readable by its owner only) instead of the keychain.</translation>
    </message>
    <message>
        <source>usage: mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]</source>
        <translation>usage: mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before importing. Nothing was written.</source>
        <translation>%1 has errors; fix them (see mechdock check-config) before importing. Nothing was written.</translation>
    </message>
    <message>
        <source>The merged settings are not valid; nothing was written.</source>
        <translation>The merged settings are not valid; nothing was written.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>The bot token would be stored in %1.</source>
        <translation>The bot token would be stored in %1.</translation>
    </message>
    <message>
        <source>The bot token is stored in %1 (owner-only).</source>
        <translation>The bot token is stored in %1 (owner-only).</translation>
    </message>
    <message>
        <source>The bot token from %1 would be stored in the keychain.</source>
        <translation>The bot token from %1 would be stored in the keychain.</translation>
    </message>
    <message>
        <source>The bot token is stored in the keychain.</source>
        <translation>The bot token is stored in the keychain.</translation>
    </message>
    <message>
        <source>The bot token from %1 was NOT stored: %2. Set DISCORD_BOT_TOKEN in Mechdock's environment, or run again with --token-in-file.</source>
        <translation>The bot token from %1 was NOT stored: %2. Set DISCORD_BOT_TOKEN in Mechdock's environment, or run again with --token-in-file.</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. From %1 Mechdock would import:</source>
        <translation>Dry run, nothing was written. From %1 Mechdock would import:</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Imported from %1:</translation>
    </message>
    <message>
        <source>%1 containers, %2 channels, %3 admins, %4 tasks imported</source>
        <translation>%1 containers, %2 channels, %3 admins, %4 tasks imported</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>Settings written to %1</translation>
    </message>
    <message>
        <source>Scheduled tasks stored in %1</source>
        <translation>Scheduled tasks stored in %1</translation>
    </message>
    <message>
        <source>could not map: %1</source>
        <translation>could not map: %1</translation>
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
    <message>
        <source>Another Mechdock engine already runs on the data folder %1 (%2, process %3 on %4, since %5). Stop it first, or give this one its own --data-dir.</source>
        <translation>Another Mechdock engine already runs on the data folder %1 (%2, process %3 on %4, since %5). Stop it first, or give this one its own --data-dir.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unknown program</translation>
    </message>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>Cannot lock the data folder: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::app::SubCommands</name>
    <message>
        <source>Sub-commands:
  anim info|retime|resize ...     show, re-time or resize an animated WebP
  check-config [PATH]             check a settings file
  containers [start|stop|restart NAME]  show or control the configured containers
                                  (through the running engine when there is one)
  control fingerprint | add-key NAME  the remote control API's certificate
                                  fingerprint, or a new API key
  health [--config PATH]          ask the running service's /health endpoint
  schedule preview EXPRESSION     show the next run times of a schedule
  import-ddc DIR [--dry-run]      import a DockerDiscordControl config folder</source>
        <translation>Sub-commands:
  anim info|retime|resize ...     show, re-time or resize an animated WebP
  check-config [PATH]             check a settings file
  containers [start|stop|restart NAME]  show or control the configured containers
                                  (through the running engine when there is one)
  control fingerprint | add-key NAME  the remote control API's certificate
                                  fingerprint, or a new API key
  health [--config PATH]          ask the running service's /health endpoint
  schedule preview EXPRESSION     show the next run times of a schedule
  import-ddc DIR [--dry-run]      import a DockerDiscordControl config folder</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionDecision</name>
    <message>
        <source>would not fire: %1</source>
        <translation>would not fire: %1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1 (skipped: %2)</translation>
    </message>
    <message>
        <source>would only notify</source>
        <translation>would only notify</translation>
    </message>
    <message>
        <source>would %1 %2</source>
        <translation>would %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n second(s)</source>
        <translation>
            <numerusform>after %n second</numerusform>
            <numerusform>after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>silently</source>
        <translation>silently</translation>
    </message>
    <message>
        <source>notifying &lt;#%1&gt;</source>
        <translation>notifying &lt;#%1&gt;</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionEngine</name>
    <message>
        <source>Auto-action left out: %1</source>
        <translation>Auto-action left out: %1</translation>
    </message>
    <message>
        <source>protected: no rule may touch it</source>
        <translation>protected: no rule may touch it</translation>
    </message>
    <message>
        <source>its state is not known</source>
        <translation>its state is not known</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message>
        <source>only if running, and it is not</source>
        <translation>only if running, and it is not</translation>
    </message>
    <message>
        <source>only if stopped, and it runs</source>
        <translation>only if stopped, and it runs</translation>
    </message>
    <message>
        <source>auto-actions are switched off (autoActions.enabled)</source>
        <translation>auto-actions are switched off (autoActions.enabled)</translation>
    </message>
    <message>
        <source>the rule is disabled</source>
        <translation>the rule is disabled</translation>
    </message>
    <message>
        <source>the rule cools down for %1 more s</source>
        <translation>the rule cools down for %1 more s</translation>
    </message>
    <message>
        <source>the global cool-down lasts %1 more s</source>
        <translation>the global cool-down lasts %1 more s</translation>
    </message>
    <message>
        <source>Auto-action "%1" matched message %2 but %3</source>
        <translation>Auto-action "%1" matched message %2 but %3</translation>
    </message>
    <message>
        <source>Auto-action "%1" not run: %2 firings are already waiting</source>
        <translation>Auto-action "%1" not run: %2 firings are already waiting</translation>
    </message>
    <message>
        <source>Auto-action "%1" fired on message %2 by %3</source>
        <translation>Auto-action "%1" fired on message %2 by %3</translation>
    </message>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker is not running in this service.</translation>
    </message>
    <message>
        <source>auto-action "%1" on message %2 by %3</source>
        <translation>auto-action "%1" on message %2 by %3</translation>
    </message>
    <message>
        <source>Auto-action **%1** fired on a message by %2 in &lt;#%3&gt;.</source>
        <translation>Auto-action **%1** fired on a message by %2 in &lt;#%3&gt;.</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionMatcher</name>
    <message>
        <source>the message is in another channel</source>
        <translation>the message is in another channel</translation>
    </message>
    <message>
        <source>the author is not one the rule listens to</source>
        <translation>the author is not one the rule listens to</translation>
    </message>
    <message>
        <source>the author is excluded</source>
        <translation>the author is excluded</translation>
    </message>
    <message>
        <source>the ignore keyword "%1" occurs</source>
        <translation>the ignore keyword "%1" occurs</translation>
    </message>
    <message>
        <source>the required keyword "%1" is missing</source>
        <translation>the required keyword "%1" is missing</translation>
    </message>
    <message>
        <source>none of the keywords occurs</source>
        <translation>none of the keywords occurs</translation>
    </message>
    <message>
        <source>not every keyword occurs (missing %1)</source>
        <translation>not every keyword occurs (missing %1)</translation>
    </message>
    <message>
        <source>the regular expression does not match</source>
        <translation>the regular expression does not match</translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation>keywords %1</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>required %1</translation>
    </message>
    <message>
        <source>the regular expression</source>
        <translation>the regular expression</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>matched: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionRule</name>
    <message>
        <source>rule "%1": %2</source>
        <translation>rule "%1": %2</translation>
    </message>
    <message>
        <source>unknown author mode "%1"</source>
        <translation>unknown author mode "%1"</translation>
    </message>
    <message>
        <source>unknown condition "%1"</source>
        <translation>unknown condition "%1"</translation>
    </message>
    <message>
        <source>it searches nowhere</source>
        <translation>it searches nowhere</translation>
    </message>
    <message>
        <source>it has neither keywords nor a regular expression</source>
        <translation>it has neither keywords nor a regular expression</translation>
    </message>
    <message>
        <source>unknown action "%1"</source>
        <translation>unknown action "%1"</translation>
    </message>
    <message>
        <source>it names no container</source>
        <translation>it names no container</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::InteractionHandler</name>
    <message>
        <source>Ignored a malformed interaction: %1</source>
        <translation>Ignored a malformed interaction: %1</translation>
    </message>
    <message>
        <source>Sorry, this request could not be read.</source>
        <translation>Sorry, this request could not be read.</translation>
    </message>
    <message>
        <source>This kind of request is not supported.</source>
        <translation>This kind of request is not supported.</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Unknown container.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>/serverstatus or /ss shows all containers. /info shows one. Buttons in control channels start, stop and restart containers. /control, /force_cleanup and /schedule are for admins. /ping, /system_health, /performance_metrics, /memory_optimization and /security_status show how Mechdock is doing.</source>
        <translation>/serverstatus or /ss shows all containers. /info shows one. Buttons in control channels start, stop and restart containers. /control, /force_cleanup and /schedule are for admins. /ping, /system_health, /performance_metrics, /memory_optimization and /security_status show how Mechdock is doing.</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: not measured yet.</source>
        <translation>Pong. Gateway latency: not measured yet.</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: %1 ms.</source>
        <translation>Pong. Gateway latency: %1 ms.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents above 0.</source>
        <translation>The amount must be a whole number of cents above 0.</translation>
    </message>
    <message>
        <source>Cool-downs: %1 allowed, %2 refused by cool-down, %3 by the per-minute caps; %4 users tracked.</source>
        <translation>Cool-downs: %1 allowed, %2 refused by cool-down, %3 by the per-minute caps; %4 users tracked.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unknown command.</translation>
    </message>
    <message>
        <source>This button does not belong to Mechdock.</source>
        <translation>This button does not belong to Mechdock.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restart every container you allow to be restarted?</source>
        <translation>Restart every container you allow to be restarted?</translation>
    </message>
    <message>
        <source>Stop every container you allow to be stopped?</source>
        <translation>Stop every container you allow to be stopped?</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>⏳ %1 pending…</source>
        <translation>⏳ %1 pending…</translation>
    </message>
    <message>
        <source>No container allows this action.</source>
        <translation>No container allows this action.</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in a few minutes.</source>
        <translation>Too many wrong passwords; try again in a few minutes.</translation>
    </message>
    <message>
        <source>More is protected by a password.</source>
        <translation>More is protected by a password.</translation>
    </message>
    <message>
        <source>🔒 Show protected info</source>
        <translation>🔒 Show protected info</translation>
    </message>
    <message>
        <source>This container has no protected info.</source>
        <translation>This container has no protected info.</translation>
    </message>
    <message>
        <source>Protected info</source>
        <translation>Protected info</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Add a Mechdock admin</source>
        <translation>Add a Mechdock admin</translation>
    </message>
    <message>
        <source>Remove a Mechdock admin</source>
        <translation>Remove a Mechdock admin</translation>
    </message>
    <message>
        <source>User id or @mention</source>
        <translation>User id or @mention</translation>
    </message>
    <message>
        <source>e.g. 123456789012345678</source>
        <translation>e.g. 123456789012345678</translation>
    </message>
    <message>
        <source>That is not a user id or mention. Type @ and pick the user, or paste the id (Developer Mode → Copy User ID).</source>
        <translation>That is not a user id or mention. Type @ and pick the user, or paste the id (Developer Mode → Copy User ID).</translation>
    </message>
    <message>
        <source>This form does not belong to Mechdock.</source>
        <translation>This form does not belong to Mechdock.</translation>
    </message>
    <message>
        <source>Auto-actions are not available.</source>
        <translation>Auto-actions are not available.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::LogFollower</name>
    <message>
        <source>⏹ Stop following</source>
        <translation>⏹ Stop following</translation>
    </message>
    <message>
        <source>🔄 Refresh</source>
        <translation>🔄 Refresh</translation>
    </message>
    <message>
        <source>⏹ Not following any more. Refresh to follow again.</source>
        <translation>⏹ Not following any more. Refresh to follow again.</translation>
    </message>
    <message numerus="yes">
        <source>🔄 Following: new lines every %1 s, %n more time(s).</source>
        <translation>
            <numerusform>🔄 Following: new lines every %1 s, %n more time.</numerusform>
            <numerusform>🔄 Following: new lines every %1 s, %n more times.</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1**: the last lines of its log</source>
        <translation>**%1**: the last lines of its log</translation>
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
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm service</translation>
    </message>
    <message>
        <source>Swarm service, %1/%2 tasks</source>
        <translation>Swarm service, %1/%2 tasks</translation>
    </message>
</context>
<context>
    <name>mechdock::client::InProcessEngineClient</name>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>The engine's control API is not running; restart Mechdock.</source>
        <translation>The engine's control API is not running; restart Mechdock.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::LocalClientTransport</name>
    <message>
        <source>The engine closed the connection.</source>
        <translation>The engine closed the connection.</translation>
    </message>
    <message>
        <source>The engine sent a message larger than %1 bytes.</source>
        <translation>The engine sent a message larger than %1 bytes.</translation>
    </message>
    <message>
        <source>No engine is listening on %1.</source>
        <translation>No engine is listening on %1.</translation>
    </message>
    <message>
        <source>The engine's socket %1 refused the connection (is the service running?).</source>
        <translation>The engine's socket %1 refused the connection (is the service running?).</translation>
    </message>
    <message>
        <source>No permission to open %1: run the panel as the service's user or as a member of its control.socketGroup.</source>
        <translation>No permission to open %1: run the panel as the service's user or as a member of its control.socketGroup.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::RemoteEngineClient</name>
    <message>
        <source>The connection was replaced.</source>
        <translation>The connection was replaced.</translation>
    </message>
    <message>
        <source>The server's certificate (SHA-256 %1) has not been confirmed.</source>
        <translation>The server's certificate (SHA-256 %1) has not been confirmed.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnected.</translation>
    </message>
    <message>
        <source>The engine sent something that is not the control API (%1).</source>
        <translation>The engine sent something that is not the control API (%1).</translation>
    </message>
    <message>
        <source>The engine speaks control protocol %1, this panel %2: update the older one.</source>
        <translation>The engine speaks control protocol %1, this panel %2: update the older one.</translation>
    </message>
    <message>
        <source>This engine needs an API key or a password.</source>
        <translation>This engine needs an API key or a password.</translation>
    </message>
    <message>
        <source>Not connected to the engine: %1</source>
        <translation>Not connected to the engine: %1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 s.</source>
        <translation>The engine did not answer within %1 s.</translation>
    </message>
    <message>
        <source>Not connected to the engine yet.</source>
        <translation>Not connected to the engine yet.</translation>
    </message>
</context>
<context>
    <name>mechdock::client::TlsClientTransport</name>
    <message>
        <source>The engine sent binary data, which the control API never does.</source>
        <translation>The engine sent binary data, which the control API never does.</translation>
    </message>
    <message>
        <source>The engine closed the connection.</source>
        <translation>The engine closed the connection.</translation>
    </message>
    <message>
        <source>The engine stopped answering (no reply for %1 s).</source>
        <translation>The engine stopped answering (no reply for %1 s).</translation>
    </message>
    <message>
        <source>The engine's certificate changed: its fingerprint is %1, the confirmed one was %2. If the server's certificate was replaced on purpose, connect again and confirm the new one.</source>
        <translation>The engine's certificate changed: its fingerprint is %1, the confirmed one was %2. If the server's certificate was replaced on purpose, connect again and confirm the new one.</translation>
    </message>
    <message>
        <source>The engine's certificate (fingerprint %1) is not confirmed yet.</source>
        <translation>The engine's certificate (fingerprint %1) is not confirmed yet.</translation>
    </message>
    <message>
        <source>The engine's certificate changed: its fingerprint is %1, the confirmed one was %2.</source>
        <translation>The engine's certificate changed: its fingerprint is %1, the confirmed one was %2.</translation>
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
    <message>
        <source>cannot be a settings file: %1 is a file, not a folder</source>
        <translation>cannot be a settings file: %1 is a file, not a folder</translation>
    </message>
    <message>
        <source>is a folder; give the path of the settings file (mechdock.json)</source>
        <translation>is a folder; give the path of the settings file (mechdock.json)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); give the path of the settings file</source>
        <translation>is not a regular file (a pipe, socket or device); give the path of the settings file</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; this is not a settings file</source>
        <translation>is larger than %1 MiB; this is not a settings file</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9375, or empty to turn it off</source>
        <translation>must be ADDRESS:PORT, e.g. 127.0.0.1:9375, or empty to turn it off</translation>
    </message>
    <message>
        <source>must be a group name</source>
        <translation>must be a group name</translation>
    </message>
    <message>
        <source>control.certFile and control.keyFile go together: set both or neither</source>
        <translation>control.certFile and control.keyFile go together: set both or neither</translation>
    </message>
    <message>
        <source>must be a PBKDF2 hash (pbkdf2-sha256$...), never the password itself</source>
        <translation>must be a PBKDF2 hash (pbkdf2-sha256$...), never the password itself</translation>
    </message>
    <message>
        <source>must be "NAME|pbkdf2-sha256$..." (made by mechdock control add-key)</source>
        <translation>must be "NAME|pbkdf2-sha256$..." (made by mechdock control add-key)</translation>
    </message>
    <message>
        <source>the key name "%1" is used twice</source>
        <translation>the key name "%1" is used twice</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>at most %1 entries</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>must be 1 to %1 characters</translation>
    </message>
    <message>
        <source>must be 1 to 100 characters</source>
        <translation>must be 1 to 100 characters</translation>
    </message>
    <message>
        <source>name at least one author (or authorBots, authorWebhooks) when authorMode is "%1"</source>
        <translation>name at least one author (or authorBots, authorWebhooks) when authorMode is "%1"</translation>
    </message>
    <message>
        <source>a rule needs keywords, required keywords or a regular expression: without them it would fire on every message</source>
        <translation>a rule needs keywords, required keywords or a regular expression: without them it would fire on every message</translation>
    </message>
    <message>
        <source>allowed: 0 to %1</source>
        <translation>allowed: 0 to %1</translation>
    </message>
    <message>
        <source>name the containers the rule %1</source>
        <translation>name the containers the rule %1</translation>
    </message>
    <message>
        <source>at most %1 containers</source>
        <translation>at most %1 containers</translation>
    </message>
    <message>
        <source>"%1" is not in the containers of the settings</source>
        <translation>"%1" is not in the containers of the settings</translation>
    </message>
    <message>
        <source>"%1" is protected (autoActions.protectedContainers): no rule may touch it</source>
        <translation>"%1" is protected (autoActions.protectedContainers): no rule may touch it</translation>
    </message>
    <message>
        <source>the container does not allow "%1" (allowedActions): the action will be refused</source>
        <translation>the container does not allow "%1" (allowedActions): the action will be refused</translation>
    </message>
    <message>
        <source>must be a host name or an IP address (empty: 127.0.0.1)</source>
        <translation>must be a host name or an IP address (empty: 127.0.0.1)</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 (the protocol's usual port) to 65535</source>
        <translation>is %1; allowed: 0 (the protocol's usual port) to 65535</translation>
    </message>
    <message>
        <source>the keychain module %1 could not be loaded: %2</source>
        <translation>the keychain module %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>the keychain module %1 is not installed (looked in %2)</source>
        <translation>the keychain module %1 is not installed (looked in %2)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>the keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionValidator</name>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>must be a Discord id (17 to 20 digits)</translation>
    </message>
    <message>
        <source>must be "name" or "endpoint/name"</source>
        <translation>must be "name" or "endpoint/name"</translation>
    </message>
    <message>
        <source>at most %1 rules</source>
        <translation>at most %1 rules</translation>
    </message>
    <message>
        <source>the rule name "%1" is used twice</source>
        <translation>the rule name "%1" is used twice</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionsJson</name>
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
    <name>mechdock::config::Reader</name>
    <message>
        <source>cannot be read: %1 (check the file's owner and permissions)</source>
        <translation>cannot be read: %1 (check the file's owner and permissions)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not a DDC config file, skipped</source>
        <translation>is larger than %1 MiB; not a DDC config file, skipped</translation>
    </message>
    <message>
        <source>is not valid JSON at %1 (%2); nothing from this file was imported</source>
        <translation>is not valid JSON at %1 (%2); nothing from this file was imported</translation>
    </message>
    <message>
        <source>does not hold a JSON object { ... }; nothing from this file was imported</source>
        <translation>does not hold a JSON object { ... }; nothing from this file was imported</translation>
    </message>
    <message>
        <source>holds %1 files; only the first %2 were read</source>
        <translation>holds %1 files; only the first %2 were read</translation>
    </message>
    <message>
        <source>%1 is outside Mechdock's range for %2 (%3 to %4); kept %5</source>
        <translation>%1 is outside Mechdock's range for %2 (%3 to %4); kept %5</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>%1 holds no DockerDiscordControl config file (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</source>
        <translation>%1 holds no DockerDiscordControl config file (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</translation>
    </message>
    <message>
        <source>Mechdock has no "%1" translation (it has %2); the language was not changed</source>
        <translation>Mechdock has no "%1" translation (it has %2); the language was not changed</translation>
    </message>
    <message>
        <source>"%1" is not a known IANA time zone; scheduler.defaultTimeZone was not changed</source>
        <translation>"%1" is not a known IANA time zone; scheduler.defaultTimeZone was not changed</translation>
    </message>
    <message>
        <source>"%1" is not a Discord id (17 to 20 digits, as a string); refused</source>
        <translation>"%1" is not a Discord id (17 to 20 digits, as a string); refused</translation>
    </message>
    <message>
        <source>is not a whole number of seconds; not imported</source>
        <translation>is not a whole number of seconds; not imported</translation>
    </message>
    <message>
        <source>"%1" is a path inside DDC's container; not imported. Set docker.endpoints[].uri if Mechdock needs another socket</source>
        <translation>"%1" is a path inside DDC's container; not imported. Set docker.endpoints[].uri if Mechdock needs another socket</translation>
    </message>
    <message>
        <source>DDC's status watchdog pings an external URL; Mechdock sends no outgoing heartbeat. Point the monitor at Mechdock's /health endpoint (http.listen) instead</source>
        <translation>DDC's status watchdog pings an external URL; Mechdock sends no outgoing heartbeat. Point the monitor at Mechdock's /health endpoint (http.listen) instead</translation>
    </message>
    <message>
        <source>DDC no longer reads this file; nothing imported from it</source>
        <translation>DDC no longer reads this file; nothing imported from it</translation>
    </message>
    <message>
        <source>is encrypted by DDC and cannot be imported. Store the bot token on Mechdock's Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>is encrypted by DDC and cannot be imported. Store the bot token on Mechdock's Settings page or set DISCORD_BOT_TOKEN</translation>
    </message>
    <message>
        <source>does not look like a Discord bot token; not imported. Store the token on Mechdock's Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>does not look like a Discord bot token; not imported. Store the token on Mechdock's Settings page or set DISCORD_BOT_TOKEN</translation>
    </message>
    <message>
        <source>"%1" is not a number; %2 not changed</source>
        <translation>"%1" is not a number; %2 not changed</translation>
    </message>
    <message>
        <source>"%1" is not true or false; %2 not changed</source>
        <translation>"%1" is not true or false; %2 not changed</translation>
    </message>
    <message>
        <source>no Mechdock setting for %1</source>
        <translation>no Mechdock setting for %1</translation>
    </message>
    <message>
        <source>"%1" is not 0 to 86400 seconds; kept %2</source>
        <translation>"%1" is not 0 to 86400 seconds; kept %2</translation>
    </message>
    <message>
        <source>Mechdock has no cool-down for %1; those use cooldowns.defaultSec</source>
        <translation>Mechdock has no cool-down for %1; those use cooldowns.defaultSec</translation>
    </message>
    <message>
        <source>DDC's spam protection was off; Mechdock always enforces cool-downs and per-minute limits (set them to 0 / high values to relax them)</source>
        <translation>DDC's spam protection was off; Mechdock always enforces cool-downs and per-minute limits (set them to 0 / high values to relax them)</translation>
    </message>
    <message>
        <source>DDC's web UI login is not imported: Mechdock's panel is a desktop application; its health endpoint has its own http.bearerToken</source>
        <translation>DDC's web UI login is not imported: Mechdock's panel is a desktop application; its health endpoint has its own http.bearerToken</translation>
    </message>
    <message>
        <source>Mechdock has no donation key; donation links are in discord.donationLinks</source>
        <translation>Mechdock has no donation key; donation links are in discord.donationLinks</translation>
    </message>
    <message>
        <source>use logging.rules (e.g. "mechdock.scheduler.debug=true") instead</source>
        <translation>use logging.rules (e.g. "mechdock.scheduler.debug=true") instead</translation>
    </message>
    <message>
        <source>DDC's log settings are not imported; see logging.* in Mechdock's settings</source>
        <translation>DDC's log settings are not imported; see logging.* in Mechdock's settings</translation>
    </message>
    <message>
        <source>Mechdock has no setting for the number of log lines shown</source>
        <translation>Mechdock has no setting for the number of log lines shown</translation>
    </message>
    <message>
        <source>DDC itself no longer uses heartbeat channels; not imported</source>
        <translation>DDC itself no longer uses heartbeat channels; not imported</translation>
    </message>
    <message>
        <source>DDC 1.x web form state; DDC itself ignores it, not imported</source>
        <translation>DDC 1.x web form state; DDC itself ignores it, not imported</translation>
    </message>
    <message>
        <source>notes about admins are not imported (Mechdock keeps only their ids)</source>
        <translation>notes about admins are not imported (Mechdock keeps only their ids)</translation>
    </message>
    <message>
        <source>is not a list of Discord user ids; no admin imported</source>
        <translation>is not a list of Discord user ids; no admin imported</translation>
    </message>
    <message>
        <source>"%1" is not a Discord user id (17 to 20 digits, as a string); refused</source>
        <translation>"%1" is not a Discord user id (17 to 20 digits, as a string); refused</translation>
    </message>
    <message>
        <source>superseded by containers/*.json (as in DDC); not imported</source>
        <translation>superseded by containers/*.json (as in DDC); not imported</translation>
    </message>
    <message>
        <source>is not a list of containers; no container imported</source>
        <translation>is not a list of containers; no container imported</translation>
    </message>
    <message>
        <source>is not a container object; skipped</source>
        <translation>is not a container object; skipped</translation>
    </message>
    <message>
        <source>the container has no docker_name; skipped</source>
        <translation>the container has no docker_name; skipped</translation>
    </message>
    <message>
        <source>"%1" is not a Docker container name (letters, digits, '_', '.', '-', at most 255); refused</source>
        <translation>"%1" is not a Docker container name (letters, digits, '_', '.', '-', at most 255); refused</translation>
    </message>
    <message>
        <source>container "%1" is configured twice in DDC; this copy was skipped</source>
        <translation>container "%1" is configured twice in DDC; this copy was skipped</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters or holds control characters; refused, the container name is shown instead</source>
        <translation>"%1" is longer than %2 characters or holds control characters; refused, the container name is shown instead</translation>
    </message>
    <message>
        <source>%1 not imported: Mechdock's actions are %2</source>
        <translation>%1 not imported: Mechdock's actions are %2</translation>
    </message>
    <message>
        <source>is not a list; status only</source>
        <translation>is not a list; status only</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 0 to 1000000; ignored</source>
        <translation>"%1" is not a whole number from 0 to 1000000; ignored</translation>
    </message>
    <message>
        <source>Mechdock does not query game servers for player counts; not imported</source>
        <translation>Mechdock does not query game servers for player counts; not imported</translation>
    </message>
    <message>
        <source>keys without a Mechdock setting: %1</source>
        <translation>keys without a Mechdock setting: %1</translation>
    </message>
    <message>
        <source>holds control characters; refused</source>
        <translation>holds control characters; refused</translation>
    </message>
    <message>
        <source>is %1 characters; Mechdock keeps at most %2, the rest was cut</source>
        <translation>is %1 characters; Mechdock keeps at most %2, the rest was cut</translation>
    </message>
    <message>
        <source>Mechdock does not look up the host's public address; put it in the info text</source>
        <translation>Mechdock does not look up the host's public address; put it in the info text</translation>
    </message>
    <message>
        <source>info was turned off in DDC; its text was not imported</source>
        <translation>info was turned off in DDC; its text was not imported</translation>
    </message>
    <message>
        <source>protected info needs a password of 1 to %1 characters; the protected part was not imported</source>
        <translation>protected info needs a password of 1 to %1 characters; the protected part was not imported</translation>
    </message>
    <message>
        <source>superseded by channels/*.json (as in DDC); not imported</source>
        <translation>superseded by channels/*.json (as in DDC); not imported</translation>
    </message>
    <message>
        <source>is not a map of channel id to settings; no channel imported</source>
        <translation>is not a map of channel id to settings; no channel imported</translation>
    </message>
    <message>
        <source>is not a channel object; skipped</source>
        <translation>is not a channel object; skipped</translation>
    </message>
    <message>
        <source>"%1" is not a Discord channel id (17 to 20 digits, as a string); the channel was refused</source>
        <translation>"%1" is not a Discord channel id (17 to 20 digits, as a string); the channel was refused</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters or holds control characters; refused</source>
        <translation>"%1" is longer than %2 characters or holds control characters; refused</translation>
    </message>
    <message>
        <source>no command was allowed in this channel in DDC; imported as a status channel</source>
        <translation>no command was allowed in this channel in DDC; imported as a status channel</translation>
    </message>
    <message>
        <source>"%1" is not 1 to %2 minutes; kept %3 minutes</source>
        <translation>"%1" is not 1 to %2 minutes; kept %3 minutes</translation>
    </message>
    <message>
        <source>Mechdock allows at most %1 %2 channels; this one was refused</source>
        <translation>Mechdock allows at most %1 %2 channels; this one was refused</translation>
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
    <message>
        <source>Decay per level</source>
        <translation>Decay per level</translation>
    </message>
    <message>
        <source>Unhealthy when Discord is unreachable for (s)</source>
        <translation>Unhealthy when Discord is unreachable for (s)</translation>
    </message>
    <message>
        <source>Unhealthy when the data folder's disk has less free (MB)</source>
        <translation>Unhealthy when the data folder's disk has less free (MB)</translation>
    </message>
    <message>
        <source>Remote control address (TLS; empty = off)</source>
        <translation>Remote control address (TLS; empty = off)</translation>
    </message>
    <message>
        <source>Group that may use the local control socket</source>
        <translation>Group that may use the local control socket</translation>
    </message>
    <message>
        <source>Remote control certificate (PEM; empty = self-signed)</source>
        <translation>Remote control certificate (PEM; empty = self-signed)</translation>
    </message>
    <message>
        <source>Remote control private key (PEM)</source>
        <translation>Remote control private key (PEM)</translation>
    </message>
    <message>
        <source>Remote control password (PBKDF2 hash)</source>
        <translation>Remote control password (PBKDF2 hash)</translation>
    </message>
    <message>
        <source>Concurrent stats requests per host</source>
        <translation>Concurrent stats requests per host</translation>
    </message>
    <message>
        <source>Web page address (empty = off)</source>
        <translation>Web page address (empty = off)</translation>
    </message>
    <message>
        <source>Web page: log out after this many idle minutes</source>
        <translation>Web page: log out after this many idle minutes</translation>
    </message>
    <message>
        <source>Web page over HTTPS (the remote control certificate)</source>
        <translation>Web page over HTTPS (the remote control certificate)</translation>
    </message>
    <message>
        <source>Crash alerts: Discord channel id (empty = log only)</source>
        <translation>Crash alerts: Discord channel id (empty = log only)</translation>
    </message>
    <message>
        <source>Crash alerts: log lines shown</source>
        <translation>Crash alerts: log lines shown</translation>
    </message>
    <message>
        <source>Restart loop: crashes</source>
        <translation>Restart loop: crashes</translation>
    </message>
    <message>
        <source>Restart loop: within (s)</source>
        <translation>Restart loop: within (s)</translation>
    </message>
    <message>
        <source>Heartbeat: push URL pinged while healthy (empty = off)</source>
        <translation>Heartbeat: push URL pinged while healthy (empty = off)</translation>
    </message>
    <message>
        <source>Heartbeat: every (minutes)</source>
        <translation>Heartbeat: every (minutes)</translation>
    </message>
    <message>
        <source>Player counts: ask a game server again after (s)</source>
        <translation>Player counts: ask a game server again after (s)</translation>
    </message>
    <message>
        <source>Player counts: wait for an answer (ms)</source>
        <translation>Player counts: wait for an answer (ms)</translation>
    </message>
    <message>
        <source>Player counts: queries at once</source>
        <translation>Player counts: queries at once</translation>
    </message>
    <message>
        <source>Auto-actions: act on Discord messages</source>
        <translation>Auto-actions: act on Discord messages</translation>
    </message>
    <message>
        <source>Auto-actions: pause between any two firings (s)</source>
        <translation>Auto-actions: pause between any two firings (s)</translation>
    </message>
    <message>
        <source>Auto-actions: notification channel (empty = silent)</source>
        <translation>Auto-actions: notification channel (empty = silent)</translation>
    </message>
    <message>
        <source>Auto-actions: firings kept in the history</source>
        <translation>Auto-actions: firings kept in the history</translation>
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
    <message>
        <source>must be "LEVEL:CENTS_PER_DAY" with a level from 1 to 11 and 0 to 1000000 cents, e.g. "11:0"</source>
        <translation>must be "LEVEL:CENTS_PER_DAY" with a level from 1 to 11 and 0 to 1000000 cents, e.g. "11:0"</translation>
    </message>
    <message>
        <source>level %1 is given more than once</source>
        <translation>level %1 is given more than once</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 0.0.0.0:9380, or empty to turn it off</source>
        <translation>must be ADDRESS:PORT, e.g. 0.0.0.0:9380, or empty to turn it off</translation>
    </message>
    <message>
        <source>must be a Discord channel id (digits), or empty</source>
        <translation>must be a Discord channel id (digits), or empty</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, or empty</source>
        <translation>must be an http:// or https:// URL, or empty</translation>
    </message>
    <message>
        <source>must be a Swarm service name (letters, digits, '_', '.', '-')</source>
        <translation>must be a Swarm service name (letters, digits, '_', '.', '-')</translation>
    </message>
    <message>
        <source>a Swarm service is updated by Swarm (docker service update --image); remove "update"</source>
        <translation>a Swarm service is updated by Swarm (docker service update --image); remove "update"</translation>
    </message>
    <message>
        <source>must be an image tag (letters, digits, '_', '.', '-'; at most 128), or empty for the container's own</source>
        <translation>must be an image tag (letters, digits, '_', '.', '-'; at most 128), or empty for the container's own</translation>
    </message>
    <message>
        <source>is for containers; Swarm rolls out a service's image</source>
        <translation>is for containers; Swarm rolls out a service's image</translation>
    </message>
</context>
<context>
    <name>mechdock::control</name>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>The message is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>A message must be a JSON object.</source>
        <translation>A message must be a JSON object.</translation>
    </message>
    <message>
        <source>hello needs "protocol", a whole number.</source>
        <translation>hello needs "protocol", a whole number.</translation>
    </message>
    <message>
        <source>hello's "client" must be a string.</source>
        <translation>hello's "client" must be a string.</translation>
    </message>
    <message>
        <source>auth needs "key", or "user" and "password", as strings.</source>
        <translation>auth needs "key", or "user" and "password", as strings.</translation>
    </message>
    <message>
        <source>A request needs "id", a whole number from 0 to 2^53.</source>
        <translation>A request needs "id", a whole number from 0 to 2^53.</translation>
    </message>
    <message>
        <source>A request needs "method", a string.</source>
        <translation>A request needs "method", a string.</translation>
    </message>
    <message>
        <source>A request's "params" must be an object.</source>
        <translation>A request's "params" must be an object.</translation>
    </message>
    <message>
        <source>Cannot load OpenSSL's libcrypto to make the control API's certificate (%1): install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>Cannot load OpenSSL's libcrypto to make the control API's certificate (%1): install libssl3 or give control.certFile/control.keyFile.</translation>
    </message>
    <message>
        <source>%1 lacks %2, which the control API's certificate needs: install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>%1 lacks %2, which the control API's certificate needs: install libssl3 or give control.certFile/control.keyFile.</translation>
    </message>
    <message>
        <source>Could not make the control API's certificate (%1).</source>
        <translation>Could not make the control API's certificate (%1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::AutoActionControl</name>
    <message>
        <source>"content" must be a string.</source>
        <translation>"content" must be a string.</translation>
    </message>
    <message>
        <source>"content" holds at most %1 characters.</source>
        <translation>"content" holds at most %1 characters.</translation>
    </message>
    <message>
        <source>"embeds" must be a list of embed objects.</source>
        <translation>"embeds" must be a list of embed objects.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>The service is not running.</translation>
    </message>
    <message>
        <source>"rules" must be a list of rule objects.</source>
        <translation>"rules" must be a list of rule objects.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlAuthenticator</name>
    <message>
        <source>The key or password is not valid.</source>
        <translation>The key or password is not valid.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlDispatcher</name>
    <message>
        <source>%1 is not answered by the engine.</source>
        <translation>%1 is not answered by the engine.</translation>
    </message>
    <message>
        <source>%1 is configured on several endpoints (%2); name one.</source>
        <translation>%1 is configured on several endpoints (%2); name one.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>containers.logs needs "name" and "lines" from 1 to %1.</source>
        <translation>containers.logs needs "name" and "lines" from 1 to %1.</translation>
    </message>
    <message>
        <source>The scheduler is not running (no database).</source>
        <translation>The scheduler is not running (no database).</translation>
    </message>
    <message>
        <source>"upcoming" must be from 0 to 20.</source>
        <translation>"upcoming" must be from 0 to 20.</translation>
    </message>
    <message>
        <source>scheduler.update needs the task's "id".</source>
        <translation>scheduler.update needs the task's "id".</translation>
    </message>
    <message>
        <source>scheduler.remove needs "id".</source>
        <translation>scheduler.remove needs "id".</translation>
    </message>
    <message>
        <source>scheduler.preview needs "expression" and "count" from 1 to 50.</source>
        <translation>scheduler.preview needs "expression" and "count" from 1 to 50.</translation>
    </message>
    <message>
        <source>The mech is not running (no database).</source>
        <translation>The mech is not running (no database).</translation>
    </message>
    <message>
        <source>mech.donate needs "cents", a whole number above 0.</source>
        <translation>mech.donate needs "cents", a whole number above 0.</translation>
    </message>
    <message>
        <source>"limit" must be from 1 to %1.</source>
        <translation>"limit" must be from 1 to %1.</translation>
    </message>
    <message>
        <source>The audit log is not available (no database).</source>
        <translation>The audit log is not available (no database).</translation>
    </message>
    <message>
        <source>The memory monitor is not running.</source>
        <translation>The memory monitor is not running.</translation>
    </message>
    <message>
        <source>settings.setToken needs "token" (one line) and "where": auto, keychain or file.</source>
        <translation>settings.setToken needs "token" (one line) and "where": auto, keychain or file.</translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation>The keychain did not take the token: %1</translation>
    </message>
    <message>
        <source>There is no token to check: paste one, or store one first.</source>
        <translation>There is no token to check: paste one, or store one first.</translation>
    </message>
    <message>
        <source>Discord refused this token (401): it is wrong, or it was reset in the developer portal.</source>
        <translation>Discord refused this token (401): it is wrong, or it was reset in the developer portal.</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord could not be reached: %1</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord answered %1: %2</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>The token could not be saved: %1</translation>
    </message>
    <message>
        <source>"size" must be big or small.</source>
        <translation>"size" must be big or small.</translation>
    </message>
    <message>
        <source>The animation is larger than %1 bytes.</source>
        <translation>The animation is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>There is no bot token yet: store one, then the channels can be listed.</source>
        <translation>There is no bot token yet: store one, then the channels can be listed.</translation>
    </message>
    <message>
        <source>The bot is in no server yet, and no server id is configured: invite the bot to your server first.</source>
        <translation>The bot is in no server yet, and no server id is configured: invite the bot to your server first.</translation>
    </message>
    <message>
        <source>containers.action needs "name" and "action" (start, stop, restart or update).</source>
        <translation>containers.action needs "name" and "action" (start, stop, restart or update).</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlProtocol</name>
    <message>
        <source>Unknown message type "%1"; expected hello, auth or request.</source>
        <translation>Unknown message type "%1"; expected hello, auth or request.</translation>
    </message>
    <message>
        <source>Unknown message type from the server.</source>
        <translation>Unknown message type from the server.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlServer</name>
    <message>
        <source>The service is stopping.</source>
        <translation>The service is stopping.</translation>
    </message>
    <message>
        <source>Control socket %1 is in use by another engine; not listening</source>
        <translation>Control socket %1 is in use by another engine; not listening</translation>
    </message>
    <message>
        <source>Control socket %1 not available: %2</source>
        <translation>Control socket %1 not available: %2</translation>
    </message>
    <message>
        <source>Control socket: cannot give it to group %1; only the owner may use it</source>
        <translation>Control socket: cannot give it to group %1; only the owner may use it</translation>
    </message>
    <message>
        <source>Control API on %1</source>
        <translation>Control API on %1</translation>
    </message>
    <message>
        <source>Remote access was turned off or changed.</source>
        <translation>Remote access was turned off or changed.</translation>
    </message>
    <message>
        <source>no TLS connection was made (a plain-text client, or one that refused the certificate): %1</source>
        <translation>no TLS connection was made (a plain-text client, or one that refused the certificate): %1</translation>
    </message>
    <message>
        <source>control.remoteListen "%1" is not ADDRESS:PORT</source>
        <translation>control.remoteListen "%1" is not ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Remote control API off: %1</source>
        <translation>Remote control API off: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>Remote control API on wss://%1:%2 (TLS); certificate SHA-256 fingerprint %3</source>
        <translation>Remote control API on wss://%1:%2 (TLS); certificate SHA-256 fingerprint %3</translation>
    </message>
    <message>
        <source>Remote control API: no API key or password is set, so every remote client is refused; add one with: mechdock control add-key NAME</source>
        <translation>Remote control API: no API key or password is set, so every remote client is refused; add one with: mechdock control add-key NAME</translation>
    </message>
    <message>
        <source>The engine serves at most %1 clients.</source>
        <translation>The engine serves at most %1 clients.</translation>
    </message>
    <message>
        <source>refused without checking: too many failures</source>
        <translation>refused without checking: too many failures</translation>
    </message>
    <message>
        <source>Too many failed attempts from %1; try again in a minute.</source>
        <translation>Too many failed attempts from %1; try again in a minute.</translation>
    </message>
    <message>
        <source>wrong %1 (client "%2")</source>
        <translation>wrong %1 (client "%2")</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Control API: failed authentication from %1</source>
        <translation>Control API: failed authentication from %1</translation>
    </message>
    <message>
        <source>Web page off: cannot listen on %1: %2</source>
        <translation>Web page off: cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>Web page on %1://%2:%3/</source>
        <translation>Web page on %1://%2:%3/</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlSession</name>
    <message>
        <source>No hello and authentication within %1 seconds.</source>
        <translation>No hello and authentication within %1 seconds.</translation>
    </message>
    <message>
        <source>Control client %1 dropped: it does not read what it is sent (%2 bytes waiting)</source>
        <translation>Control client %1 dropped: it does not read what it is sent (%2 bytes waiting)</translation>
    </message>
    <message>
        <source>hello was already sent.</source>
        <translation>hello was already sent.</translation>
    </message>
    <message>
        <source>This server speaks control protocol %1, the client %2: please update the %3.</source>
        <translation>This server speaks control protocol %1, the client %2: please update the %3.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation>Send hello first.</translation>
    </message>
    <message>
        <source>Authenticate first (auth with a key or password).</source>
        <translation>Authenticate first (auth with a key or password).</translation>
    </message>
    <message>
        <source>Unknown method "%1".</source>
        <translation>Unknown method "%1".</translation>
    </message>
    <message>
        <source>Too many requests at once (%1); wait for answers.</source>
        <translation>Too many requests at once (%1); wait for answers.</translation>
    </message>
    <message>
        <source>Unknown topic "%1"; topics are snapshot and logs.</source>
        <translation>Unknown topic "%1"; topics are snapshot and logs.</translation>
    </message>
    <message>
        <source>"topics" must list snapshot and/or logs.</source>
        <translation>"topics" must list snapshot and/or logs.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::GuildChannelLister</name>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord could not be reached: %1</translation>
    </message>
    <message>
        <source>the bot may not view this server's channels</source>
        <translation>the bot may not view this server's channels</translation>
    </message>
    <message>
        <source>the bot is not in this server</source>
        <translation>the bot is not in this server</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord answered %1: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::LocalChannel</name>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>A line is longer than %1 bytes.</translation>
    </message>
</context>
<context>
    <name>mechdock::control::TlsIdentity</name>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Cannot read the certificate %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>Cannot read the private key %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 holds no unencrypted PEM private key (EC or RSA).</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ValueJson</name>
    <message>
        <source>"action" must be start, stop or restart.</source>
        <translation>"action" must be start, stop or restart.</translation>
    </message>
    <message>
        <source>A task needs "container" and "schedule".</source>
        <translation>A task needs "container" and "schedule".</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebPageServer</name>
    <message>
        <source>web.listen "%1" is not ADDRESS:PORT</source>
        <translation>web.listen "%1" is not ADDRESS:PORT</translation>
    </message>
    <message>
        <source>Web page: no password is set yet. Open it and enter the setup code %1 to choose one.</source>
        <translation>Web page: no password is set yet. Open it and enter the setup code %1 to choose one.</translation>
    </message>
    <message>
        <source>This request came from another site and was refused.</source>
        <translation>This request came from another site and was refused.</translation>
    </message>
    <message>
        <source>Send the request as JSON.</source>
        <translation>Send the request as JSON.</translation>
    </message>
    <message>
        <source>The page's security token is missing or out of date; reload the page and try again.</source>
        <translation>The page's security token is missing or out of date; reload the page and try again.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>A name is 1 to 64 letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
    <message>
        <source>A password is already set; log in with it.</source>
        <translation>A password is already set; log in with it.</translation>
    </message>
    <message>
        <source>Too many wrong setup codes from %1; try again in a minute.</source>
        <translation>Too many wrong setup codes from %1; try again in a minute.</translation>
    </message>
    <message>
        <source>wrong setup code</source>
        <translation>wrong setup code</translation>
    </message>
    <message>
        <source>That is not the setup code in the service's log.</source>
        <translation>That is not the setup code in the service's log.</translation>
    </message>
    <message>
        <source>The settings file %1 has errors; fix it before setting a password.</source>
        <translation>The settings file %1 has errors; fix it before setting a password.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>The password could not be saved: %1</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>password set</translation>
    </message>
    <message>
        <source>Web page: the password was set from %1</source>
        <translation>Web page: the password was set from %1</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebSocketChannel</name>
    <message>
        <source>Messages are JSON text; binary messages are not accepted.</source>
        <translation>Messages are JSON text; binary messages are not accepted.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordApi</name>
    <message>
        <source>Could not read the registered commands.</source>
        <translation>Could not read the registered commands.</translation>
    </message>
    <message>
        <source>Could not register the commands.</source>
        <translation>Could not register the commands.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordGateway</name>
    <message>
        <source>Discord rejected the bot token (401 on /gateway/bot). Set a valid token; the bot stays offline until then.</source>
        <translation>Discord rejected the bot token (401 on /gateway/bot). Set a valid token; the bot stays offline until then.</translation>
    </message>
    <message>
        <source>Could not get the gateway address from Discord:</source>
        <translation>Could not get the gateway address from Discord:</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unexpected answer</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayCloseCode</name>
    <message>
        <source>Discord reported an unknown error; resuming.</source>
        <translation>Discord reported an unknown error; resuming.</translation>
    </message>
    <message>
        <source>Discord did not understand an opcode; resuming.</source>
        <translation>Discord did not understand an opcode; resuming.</translation>
    </message>
    <message>
        <source>Discord could not decode a payload; resuming.</source>
        <translation>Discord could not decode a payload; resuming.</translation>
    </message>
    <message>
        <source>A payload was sent before identifying; identifying again.</source>
        <translation>A payload was sent before identifying; identifying again.</translation>
    </message>
    <message>
        <source>The session was already authenticated; resuming.</source>
        <translation>The session was already authenticated; resuming.</translation>
    </message>
    <message>
        <source>The resume sequence was invalid; starting a new session.</source>
        <translation>The resume sequence was invalid; starting a new session.</translation>
    </message>
    <message>
        <source>Too many gateway events were sent; resuming after a pause.</source>
        <translation>Too many gateway events were sent; resuming after a pause.</translation>
    </message>
    <message>
        <source>The session timed out; starting a new session.</source>
        <translation>The session timed out; starting a new session.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (close code 4004). Set a valid token in the settings or DISCORD_BOT_TOKEN; the bot stays offline until then.</source>
        <translation>Discord rejected the bot token (close code 4004). Set a valid token in the settings or DISCORD_BOT_TOKEN; the bot stays offline until then.</translation>
    </message>
    <message>
        <source>Discord rejected the shard id (close code 4010). Check the shard count setting.</source>
        <translation>Discord rejected the shard id (close code 4010). Check the shard count setting.</translation>
    </message>
    <message>
        <source>Discord requires sharding for this bot (close code 4011). Set the shard count to 0 so Discord's recommendation is used, or raise it.</source>
        <translation>Discord requires sharding for this bot (close code 4011). Set the shard count to 0 so Discord's recommendation is used, or raise it.</translation>
    </message>
    <message>
        <source>Discord rejected the gateway API version (close code 4012). This build of Mechdock needs an update.</source>
        <translation>Discord rejected the gateway API version (close code 4012). This build of Mechdock needs an update.</translation>
    </message>
    <message>
        <source>Discord rejected the intents value (close code 4013). Check the intents setting.</source>
        <translation>Discord rejected the intents value (close code 4013). Check the intents setting.</translation>
    </message>
    <message>
        <source>The gateway connection closed; resuming.</source>
        <translation>The gateway connection closed; resuming.</translation>
    </message>
    <message>
        <source>Discord refused a privileged intent (close code 4014). Enable it in the Discord Developer Portal → your application → Bot → Privileged Gateway Intents, or remove it from the intents setting.</source>
        <translation>Discord refused a privileged intent (close code 4014). Enable it in the Discord Developer Portal → your application → Bot → Privileged Gateway Intents, or remove it from the intents setting.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayShard</name>
    <message>
        <source>closed with code %1: %2</source>
        <translation>closed with code %1: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::RestClient</name>
    <message>
        <source>The Discord request queue is full (%1 requests); the request was dropped.</source>
        <translation>The Discord request queue is full (%1 requests); the request was dropped.</translation>
    </message>
    <message>
        <source>Discord kept rate-limiting this request; it was given up.</source>
        <translation>Discord kept rate-limiting this request; it was given up.</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>Discord could not be reached: %1</translation>
    </message>
    <message>
        <source>Discord answered with server error %1.</source>
        <translation>Discord answered with server error %1.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (401).</source>
        <translation>Discord rejected the bot token (401).</translation>
    </message>
    <message>
        <source>The bot lacks the permission for this in Discord (403).</source>
        <translation>The bot lacks the permission for this in Discord (403).</translation>
    </message>
    <message>
        <source>Discord does not know this message, channel or interaction (404).</source>
        <translation>Discord does not know this message, channel or interaction (404).</translation>
    </message>
    <message>
        <source>Discord refused the request (%1): %2</source>
        <translation>Discord refused the request (%1): %2</translation>
    </message>
    <message>
        <source>The answer could no longer reach Discord in time and was not sent.</source>
        <translation>The answer could no longer reach Discord in time and was not sent.</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::ZlibStreamInflater</name>
    <message>
        <source>The compressed gateway stream is unusable.</source>
        <translation>The compressed gateway stream is unusable.</translation>
    </message>
    <message>
        <source>A compressed gateway message exceeded the size limit.</source>
        <translation>A compressed gateway message exceeded the size limit.</translation>
    </message>
    <message>
        <source>The compressed gateway stream is corrupt: %1</source>
        <translation>The compressed gateway stream is corrupt: %1</translation>
    </message>
    <message>
        <source>A gateway message exceeded the size limit after decompression.</source>
        <translation>A gateway message exceeded the size limit after decompression.</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerController</name>
    <message>
        <source>no Docker endpoint named "%1"</source>
        <translation>no Docker endpoint named "%1"</translation>
    </message>
    <message>
        <source>%1 was started, stopped or restarted %2 s ago; to protect it from rapid toggling, try again in %3 s</source>
        <translation>%1 was started, stopped or restarted %2 s ago; to protect it from rapid toggling, try again in %3 s</translation>
    </message>
    <message>
        <source>too many statistics requests are waiting; try again shortly</source>
        <translation>too many statistics requests are waiting; try again shortly</translation>
    </message>
    <message>
        <source>%1 on %2 is not a configured container</source>
        <translation>%1 on %2 is not a configured container</translation>
    </message>
    <message>
        <source>only Mechdock administrators may update %1</source>
        <translation>only Mechdock administrators may update %1</translation>
    </message>
    <message>
        <source>an update of %1 is already running</source>
        <translation>an update of %1 is already running</translation>
    </message>
    <message>
        <source>%1 is a Swarm service: Swarm rolls out its new image (docker service update --image)</source>
        <translation>%1 is a Swarm service: Swarm rolls out its new image (docker service update --image)</translation>
    </message>
    <message>
        <source>a Swarm service is not updated here</source>
        <translation>a Swarm service is not updated here</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerStatusCache</name>
    <message>
        <source>Up less than a second</source>
        <translation>Up less than a second</translation>
    </message>
    <message>
        <source>Exited (%1) just now</source>
        <translation>Exited (%1) just now</translation>
    </message>
    <message>
        <source>Exited just now</source>
        <translation>Exited just now</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>no Docker endpoint named "%1"</source>
        <translation>no Docker endpoint named "%1"</translation>
    </message>
    <message>
        <source>no container named "%1" on %2</source>
        <translation>no container named "%1" on %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>no status from Docker for more than %1 s</source>
        <translation>no status from Docker for more than %1 s</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerUpdater</name>
    <message>
        <source>"%1" is not a valid image tag</source>
        <translation>"%1" is not a valid image tag</translation>
    </message>
    <message>
        <source>the Docker endpoint went away</source>
        <translation>the Docker endpoint went away</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Docker's description of %1 has no container or image id</source>
        <translation>Docker's description of %1 has no container or image id</translation>
    </message>
    <message>
        <source>%1 was created from an image id, not a name; there is nothing to pull</source>
        <translation>%1 was created from an image id, not a name; there is nothing to pull</translation>
    </message>
    <message>
        <source>%1 is pinned to the digest %2; give a tag to update it</source>
        <translation>%1 is pinned to the digest %2; give a tag to update it</translation>
    </message>
    <message>
        <source>pull failed: not finished within %1 s</source>
        <translation>pull failed: not finished within %1 s</translation>
    </message>
    <message>
        <source>pull of %1 failed: %2</source>
        <translation>pull of %1 failed: %2</translation>
    </message>
    <message>
        <source>Docker's description of %1 has no id</source>
        <translation>Docker's description of %1 has no id</translation>
    </message>
    <message>
        <source>%1 is already up to date (image %2)</source>
        <translation>%1 is already up to date (image %2)</translation>
    </message>
    <message>
        <source>create failed: Docker's answer has no container id</source>
        <translation>create failed: Docker's answer has no container id</translation>
    </message>
    <message>
        <source>the new container did not become ready within %1 s</source>
        <translation>the new container did not become ready within %1 s</translation>
    </message>
    <message>
        <source>the new container stopped (exit code %1)</source>
        <translation>the new container stopped (exit code %1)</translation>
    </message>
    <message>
        <source>the new container's health check failed</source>
        <translation>the new container's health check failed</translation>
    </message>
    <message>
        <source>%1 updated: image %2 → %3</source>
        <translation>%1 updated: image %2 → %3</translation>
    </message>
    <message>
        <source>the old container is kept as %1: %2</source>
        <translation>the old container is kept as %1: %2</translation>
    </message>
    <message>
        <source>update of %1 failed: %2</source>
        <translation>update of %1 failed: %2</translation>
    </message>
    <message>
        <source>the old container runs again</source>
        <translation>the old container runs again</translation>
    </message>
    <message>
        <source>the old container is back</source>
        <translation>the old container is back</translation>
    </message>
    <message>
        <source>rolling back failed too: %1</source>
        <translation>rolling back failed too: %1</translation>
    </message>
    <message>
        <source>the old container is kept as %1</source>
        <translation>the old container is kept as %1</translation>
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
        <source>Docker is not reachable at %1 (%2)</source>
        <translation>Docker is not reachable at %1 (%2)</translation>
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
    <message>
        <source>TLS for %1: this build has no TLS support (OpenSSL missing)</source>
        <translation>TLS for %1: this build has no TLS support (OpenSSL missing)</translation>
    </message>
    <message>
        <source>Docker closed the connection without answering</source>
        <translation>Docker closed the connection without answering</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS with %1 failed: %2</translation>
    </message>
    <message>
        <source>Docker closed the stream</source>
        <translation>Docker closed the stream</translation>
    </message>
    <message>
        <source>Docker closed the connection in the middle of the answer (%1); was the daemon restarted?</source>
        <translation>Docker closed the connection in the middle of the answer (%1); was the daemon restarted?</translation>
    </message>
    <message>
        <source>Docker at %1 refused Mechdock's client certificate: cert.pem and key.pem (DOCKER_CERT_PATH or the endpoint's certPath) must be signed by the CA the daemon trusts (%2)</source>
        <translation>Docker at %1 refused Mechdock's client certificate: cert.pem and key.pem (DOCKER_CERT_PATH or the endpoint's certPath) must be signed by the CA the daemon trusts (%2)</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEndpoint</name>
    <message>
        <source>%1: only unix://, npipe:// and tcp:// addresses are supported</source>
        <translation>%1: only unix://, npipe:// and tcp:// addresses are supported</translation>
    </message>
    <message>
        <source>%1: the address names no host</source>
        <translation>%1: the address names no host</translation>
    </message>
    <message>
        <source>%1: the address names no socket</source>
        <translation>%1: the address names no socket</translation>
    </message>
    <message>
        <source>TLS for %1: no CA certificate in %2</source>
        <translation>TLS for %1: no CA certificate in %2</translation>
    </message>
    <message>
        <source>TLS for %1: no client certificate in %2</source>
        <translation>TLS for %1: no client certificate in %2</translation>
    </message>
    <message>
        <source>TLS for %1: cannot read the client key %2 (%3)</source>
        <translation>TLS for %1: cannot read the client key %2 (%3)</translation>
    </message>
    <message>
        <source>TLS for %1: %2 is not an RSA or EC private key in PEM</source>
        <translation>TLS for %1: %2 is not an RSA or EC private key in PEM</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEventStream</name>
    <message>
        <source>the event stream ended</source>
        <translation>the event stream ended</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::SwarmServiceClient</name>
    <message>
        <source>"%1" is not a valid service name</source>
        <translation>"%1" is not a valid service name</translation>
    </message>
    <message>
        <source>the Docker endpoint is gone</source>
        <translation>the Docker endpoint is gone</translation>
    </message>
    <message>
        <source>the endpoint is not part of a swarm (%1)</source>
        <translation>the endpoint is not part of a swarm (%1)</translation>
    </message>
    <message>
        <source>no swarm information</source>
        <translation>no swarm information</translation>
    </message>
    <message>
        <source>the endpoint is a swarm worker; services are managed on a manager</source>
        <translation>the endpoint is a swarm worker; services are managed on a manager</translation>
    </message>
    <message>
        <source>malformed service list from Docker</source>
        <translation>malformed service list from Docker</translation>
    </message>
    <message>
        <source>no such service: %1</source>
        <translation>no such service: %1</translation>
    </message>
    <message>
        <source>malformed task list from Docker</source>
        <translation>malformed task list from Docker</translation>
    </message>
    <message>
        <source>%1 is a global service (one task on every node); it cannot be started or stopped, only restarted</source>
        <translation>%1 is a global service (one task on every node); it cannot be started or stopped, only restarted</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>already stopped</translation>
    </message>
    <message>
        <source>stopped (scaled from %1 to 0)</source>
        <translation>stopped (scaled from %1 to 0)</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>already running</translation>
    </message>
    <message>
        <source>started (scaled to %1)</source>
        <translation>started (scaled to %1)</translation>
    </message>
    <message>
        <source>%1 is stopped (0 replicas); start it instead</source>
        <translation>%1 is stopped (0 replicas); start it instead</translation>
    </message>
    <message>
        <source>restarting (rolling update)</source>
        <translation>restarting (rolling update)</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>malformed log stream from Docker</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sClient</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>cannot resolve %1: %2</translation>
    </message>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>cannot open a UDP socket: %1</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>cannot send to %1:%2: %3</translation>
    </message>
    <message>
        <source>the server's answer is larger than %1 bytes</source>
        <translation>the server's answer is larger than %1 bytes</translation>
    </message>
    <message>
        <source>not a Source server query answer: %1</source>
        <translation>not a Source server query answer: %1</translation>
    </message>
    <message>
        <source>not a Source server query answer: a split answer inside a split answer</source>
        <translation>not a Source server query answer: a split answer inside a split answer</translation>
    </message>
    <message>
        <source>the server keeps asking for a challenge and never answers</source>
        <translation>the server keeps asking for a challenge and never answers</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sCodec</name>
    <message>
        <source>the answer is %1 bytes, more than a server query answer can be</source>
        <translation>the answer is %1 bytes, more than a server query answer can be</translation>
    </message>
    <message>
        <source>the answer is too short (%1 bytes)</source>
        <translation>the answer is too short (%1 bytes)</translation>
    </message>
    <message>
        <source>the answer does not start like a Source server query answer</source>
        <translation>the answer does not start like a Source server query answer</translation>
    </message>
    <message>
        <source>the challenge answer is too short</source>
        <translation>the challenge answer is too short</translation>
    </message>
    <message>
        <source>unknown answer type 0x%1</source>
        <translation>unknown answer type 0x%1</translation>
    </message>
    <message>
        <source>the server information answer is cut short</source>
        <translation>the server information answer is cut short</translation>
    </message>
    <message>
        <source>the player list answer is cut short</source>
        <translation>the player list answer is cut short</translation>
    </message>
    <message>
        <source>the player list answer is cut short after %1 players</source>
        <translation>the player list answer is cut short after %1 players</translation>
    </message>
    <message>
        <source>the player list announces %1 players but holds %2</source>
        <translation>the player list announces %1 players but holds %2</translation>
    </message>
    <message>
        <source>a part of a split answer is cut short</source>
        <translation>a part of a split answer is cut short</translation>
    </message>
    <message>
        <source>the server sent a compressed split answer, which is not supported</source>
        <translation>the server sent a compressed split answer, which is not supported</translation>
    </message>
    <message>
        <source>a split answer claims part %1 of %2 (at most %3 parts are accepted)</source>
        <translation>a split answer claims part %1 of %2 (at most %3 parts are accepted)</translation>
    </message>
    <message>
        <source>a part of a split answer is larger than %1 bytes</source>
        <translation>a part of a split answer is larger than %1 bytes</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::GameQueryClient</name>
    <message>
        <source>no answer within %1 ms (is the query port right and open?)</source>
        <translation>no answer within %1 ms (is the query port right and open?)</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::PlayerQuerier</name>
    <message>
        <source>Player counts: only the first %1 game servers are asked</source>
        <translation>Player counts: only the first %1 game servers are asked</translation>
    </message>
    <message>
        <source>Player count of %1 unavailable: %2</source>
        <translation>Player count of %1 unavailable: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpClient</name>
    <message>
        <source>the server closed the connection without a status answer</source>
        <translation>the server closed the connection without a status answer</translation>
    </message>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation>cannot reach %1:%2: %3</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: it is too long</source>
        <translation>not a Minecraft status answer: it is too long</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: %1</source>
        <translation>not a Minecraft status answer: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpCodec</name>
    <message>
        <source>the answer is not a Minecraft packet</source>
        <translation>the answer is not a Minecraft packet</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, more than the %2 accepted</source>
        <translation>the answer announces %1 bytes, more than the %2 accepted</translation>
    </message>
    <message>
        <source>the answer is not a status response</source>
        <translation>the answer is not a status response</translation>
    </message>
    <message>
        <source>the status response's text does not match its length</source>
        <translation>the status response's text does not match its length</translation>
    </message>
    <message>
        <source>the status response is not a JSON object</source>
        <translation>the status response is not a JSON object</translation>
    </message>
    <message>
        <source>the status response has no player counts (players.online and players.max)</source>
        <translation>the status response has no player counts (players.online and players.max)</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpClientConnection</name>
    <message>
        <source>malformed answer: %1</source>
        <translation>malformed answer: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpResponseParser</name>
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
    <name>mechdock::http::HttpServer</name>
    <message>
        <source>HTTP endpoint on port %1: %2 connections are open, the most allowed; closing new ones until some end</source>
        <translation>HTTP endpoint on port %1: %2 connections are open, the most allowed; closing new ones until some end</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationCache</name>
    <message>
        <source>no animation library is configured</source>
        <translation>no animation library is configured</translation>
    </message>
    <message>
        <source>the animation speed must be above zero</source>
        <translation>the animation speed must be above zero</translation>
    </message>
    <message>
        <source>animations cannot be re-timed: no renderer is configured</source>
        <translation>animations cannot be re-timed: no renderer is configured</translation>
    </message>
    <message>
        <source>the animation %1 could not be rendered</source>
        <translation>the animation %1 could not be rendered</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationDiskCache</name>
    <message>
        <source>cannot create the animation cache folder %1</source>
        <translation>cannot create the animation cache folder %1</translation>
    </message>
    <message>
        <source>the animation (%1 bytes) is larger than the disk cache limit</source>
        <translation>the animation (%1 bytes) is larger than the disk cache limit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write the animation cache index in %1</source>
        <translation>cannot write the animation cache index in %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationLibrary</name>
    <message>
        <source>the built-in animation %1 is missing</source>
        <translation>the built-in animation %1 is missing</translation>
    </message>
    <message>
        <source>the built-in animation %1 is empty</source>
        <translation>the built-in animation %1 is empty</translation>
    </message>
    <message>
        <source>cannot read the animation %1: %2</source>
        <translation>cannot read the animation %1: %2</translation>
    </message>
    <message>
        <source>the animation %1 is empty</source>
        <translation>the animation %1 is empty</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationRetimer</name>
    <message>
        <source>the speed %1 is out of range: it must be above 0 and at most %2</source>
        <translation>the speed %1 is out of range: it must be above 0 and at most %2</translation>
    </message>
    <message>
        <source>the minimum frame duration %1 ms is out of range (0 to %2)</source>
        <translation>the minimum frame duration %1 ms is out of range (0 to %2)</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationTranscoder</name>
    <message>
        <source>the width %1 is out of range (1 to %2)</source>
        <translation>the width %1 is out of range (1 to %2)</translation>
    </message>
    <message>
        <source>the quality %1 is out of range (0 to 100, or -1 for automatic)</source>
        <translation>the quality %1 is out of range (0 to 100, or -1 for automatic)</translation>
    </message>
    <message>
        <source>the resized height %1 would be larger than the limit of %2</source>
        <translation>the resized height %1 would be larger than the limit of %2</translation>
    </message>
    <message>
        <source>the WebP library does not match the version Mechdock was built with</source>
        <translation>the WebP library does not match the version Mechdock was built with</translation>
    </message>
    <message>
        <source>the animation cannot be decoded</source>
        <translation>the animation cannot be decoded</translation>
    </message>
    <message>
        <source>invalid encoder settings</source>
        <translation>invalid encoder settings</translation>
    </message>
    <message>
        <source>not enough memory to resize the animation</source>
        <translation>not enough memory to resize the animation</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded</source>
        <translation>frame %1 cannot be decoded</translation>
    </message>
    <message>
        <source>frame %1 cannot be encoded: %2</source>
        <translation>frame %1 cannot be encoded: %2</translation>
    </message>
    <message>
        <source>the resized animation cannot be assembled: %1</source>
        <translation>the resized animation cannot be assembled: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::DonationLedger</name>
    <message>
        <source>a donation must be at least one cent</source>
        <translation>a donation must be at least one cent</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>an adjustment of zero changes nothing</translation>
    </message>
    <message>
        <source>the amount is larger than a ledger entry accepts</source>
        <translation>the amount is larger than a ledger entry accepts</translation>
    </message>
    <message>
        <source>the idempotency key is longer than 200 characters</source>
        <translation>the idempotency key is longer than 200 characters</translation>
    </message>
    <message>
        <source>cannot start a ledger transaction: %1</source>
        <translation>cannot start a ledger transaction: %1</translation>
    </message>
    <message>
        <source>cannot record the donation: %1</source>
        <translation>cannot record the donation: %1</translation>
    </message>
    <message>
        <source>cannot write a ledger snapshot: %1</source>
        <translation>cannot write a ledger snapshot: %1</translation>
    </message>
    <message>
        <source>cannot commit the donation: %1</source>
        <translation>cannot commit the donation: %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::EvolutionLevels</name>
    <message>
        <source>The Rustborn Husk</source>
        <translation>The Rustborn Husk</translation>
    </message>
    <message>
        <source>Scrapyard Walker</source>
        <translation>Scrapyard Walker</translation>
    </message>
    <message>
        <source>Ironclad Strider</source>
        <translation>Ironclad Strider</translation>
    </message>
    <message>
        <source>Steel Sentinel</source>
        <translation>Steel Sentinel</translation>
    </message>
    <message>
        <source>Cobalt Vanguard</source>
        <translation>Cobalt Vanguard</translation>
    </message>
    <message>
        <source>Thunder Warden</source>
        <translation>Thunder Warden</translation>
    </message>
    <message>
        <source>Titan Breaker</source>
        <translation>Titan Breaker</translation>
    </message>
    <message>
        <source>Plasma Colossus</source>
        <translation>Plasma Colossus</translation>
    </message>
    <message>
        <source>Storm Dreadnought</source>
        <translation>Storm Dreadnought</translation>
    </message>
    <message>
        <source>Celestial Juggernaut</source>
        <translation>Celestial Juggernaut</translation>
    </message>
    <message>
        <source>OMEGA MECH</source>
        <translation>OMEGA MECH</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::MechService</name>
    <message>
        <source>the donation ledger is not available</source>
        <translation>the donation ledger is not available</translation>
    </message>
    <message>
        <source>cannot read the donation ledger: %1</source>
        <translation>cannot read the donation ledger: %1</translation>
    </message>
    <message>
        <source>the animation cache is not available</source>
        <translation>the animation cache is not available</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::WebpContainer</name>
    <message>
        <source>not a WebP file (no RIFF/WEBP header)</source>
        <translation>not a WebP file (no RIFF/WEBP header)</translation>
    </message>
    <message>
        <source>damaged WebP file: the RIFF size is too small</source>
        <translation>damaged WebP file: the RIFF size is too small</translation>
    </message>
    <message>
        <source>truncated WebP file: the header announces %1 bytes but there are %2</source>
        <translation>truncated WebP file: the header announces %1 bytes but there are %2</translation>
    </message>
    <message>
        <source>truncated WebP file: incomplete chunk header at offset %1</source>
        <translation>truncated WebP file: incomplete chunk header at offset %1</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk "%1" at offset %2 runs past the end of the file</source>
        <translation>damaged WebP file: chunk "%1" at offset %2 runs past the end of the file</translation>
    </message>
    <message>
        <source>not an animated WebP (a still image)</source>
        <translation>not an animated WebP (a still image)</translation>
    </message>
    <message>
        <source>damaged WebP file: the first chunk must be VP8X, found "%1"</source>
        <translation>damaged WebP file: the first chunk must be VP8X, found "%1"</translation>
    </message>
    <message>
        <source>damaged WebP file: unknown feature flags in the VP8X chunk</source>
        <translation>damaged WebP file: unknown feature flags in the VP8X chunk</translation>
    </message>
    <message>
        <source>the canvas %1x%2 is larger than the limit of %3x%3</source>
        <translation>the canvas %1x%2 is larger than the limit of %3x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: a second or short ANIM chunk</source>
        <translation>damaged WebP file: a second or short ANIM chunk</translation>
    </message>
    <message>
        <source>damaged WebP file: a frame comes before the ANIM chunk</source>
        <translation>damaged WebP file: a frame comes before the ANIM chunk</translation>
    </message>
    <message>
        <source>the animation has more than %1 frames</source>
        <translation>the animation has more than %1 frames</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk "%1" outside an animation frame</source>
        <translation>damaged WebP file: chunk "%1" outside an animation frame</translation>
    </message>
    <message>
        <source>damaged WebP file: the animation has no ANIM chunk</source>
        <translation>damaged WebP file: the animation has no ANIM chunk</translation>
    </message>
    <message>
        <source>the animation has no frames</source>
        <translation>the animation has no frames</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 is too short</source>
        <translation>damaged WebP file: frame %1 is too short</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 lies outside the canvas</source>
        <translation>damaged WebP file: frame %1 lies outside the canvas</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 ends in an incomplete chunk</source>
        <translation>damaged WebP file: frame %1 ends in an incomplete chunk</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk "%1" in frame %2 runs past the frame's end</source>
        <translation>damaged WebP file: chunk "%1" in frame %2 runs past the frame's end</translation>
    </message>
    <message>
        <source>damaged WebP file: misplaced alpha data in frame %1</source>
        <translation>damaged WebP file: misplaced alpha data in frame %1</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 holds two images</source>
        <translation>damaged WebP file: frame %1 holds two images</translation>
    </message>
    <message>
        <source>damaged WebP file: the image of frame %1 is unreadable or does not match the frame size %2x%3</source>
        <translation>damaged WebP file: the image of frame %1 is unreadable or does not match the frame size %2x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: unexpected chunk "%1" before the image of frame %2</source>
        <translation>damaged WebP file: unexpected chunk "%1" before the image of frame %2</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 has no image data</source>
        <translation>damaged WebP file: frame %1 has no image data</translation>
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
    <message>
        <source>Only Mechdock admins may update containers.</source>
        <translation>Only Mechdock admins may update containers.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::AutoActionService</name>
    <message>
        <source>Auto-action notification not posted: the bot is not running</source>
        <translation>Auto-action notification not posted: the bot is not running</translation>
    </message>
    <message>
        <source>Could not post the auto-action notification in channel %1: %2</source>
        <translation>Could not post the auto-action notification in channel %1: %2</translation>
    </message>
    <message>
        <source>No auto-action rules are configured.</source>
        <translation>No auto-action rules are configured.</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire (nothing was done):</source>
        <translation>%1 of %2 rule(s) would fire (nothing was done):</translation>
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
    <message>
        <source>Mech animations not prepared: %1</source>
        <translation>Mech animations not prepared: %1</translation>
    </message>
    <message>
        <source>The mech is not running (the database is unavailable).</source>
        <translation>The mech is not running (the database is unavailable).</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>Thank you! $%1 recorded. The mech is at level %2 (%3) with $%4 of power.</source>
        <translation>Thank you! $%1 recorded. The mech is at level %2 (%3) with $%4 of power.</translation>
    </message>
    <message>
        <source>The mech is at level %1 (%2), power $%3, speed %4 %.</source>
        <translation>The mech is at level %1 (%2), power $%3, speed %4 %.</translation>
    </message>
    <message>
        <source>$%1 of $%2 to the next level.</source>
        <translation>$%1 of $%2 to the next level.</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>The service is not running.</translation>
    </message>
    <message>
        <source>The database is available again</source>
        <translation>The database is available again</translation>
    </message>
    <message>
        <source>Docker endpoint %1 unreachable: %2</source>
        <translation>Docker endpoint %1 unreachable: %2</translation>
    </message>
    <message>
        <source>Heartbeat off: alerts.heartbeatUrl is not an http or https URL</source>
        <translation>Heartbeat off: alerts.heartbeatUrl is not an http or https URL</translation>
    </message>
    <message>
        <source>The keychain was asked too: %1.</source>
        <translation>The keychain was asked too: %1.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ContainerPoller</name>
    <message>
        <source>Unknown container.</source>
        <translation>Unknown container.</translation>
    </message>
    <message>
        <source>Docker went away.</source>
        <translation>Docker went away.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::CrashAlertReporter</name>
    <message>
        <source>Docker endpoint %1 does not answer: %2</source>
        <translation>Docker endpoint %1 does not answer: %2</translation>
    </message>
    <message>
        <source>Docker endpoint %1 answers again</source>
        <translation>Docker endpoint %1 answers again</translation>
    </message>
    <message>
        <source>%1 is in a restart loop: %2 crashes in %3 min</source>
        <translation>%1 is in a restart loop: %2 crashes in %3 min</translation>
    </message>
    <message>
        <source>%1 was killed: out of memory</source>
        <translation>%1 was killed: out of memory</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2)</source>
        <translation>%1 stopped unexpectedly (exit code %2)</translation>
    </message>
    <message>
        <source>Crash alert not posted to Discord: the bot is not running</source>
        <translation>Crash alert not posted to Discord: the bot is not running</translation>
    </message>
    <message>
        <source>Could not post the alert in channel %1: %2</source>
        <translation>Could not post the alert in channel %1: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::DiscordBot</name>
    <message>
        <source>No Discord bot token is configured.</source>
        <translation>No Discord bot token is configured.</translation>
    </message>
    <message>
        <source>Discord rejected the bot token. Set a valid token in the settings or DISCORD_BOT_TOKEN.</source>
        <translation>Discord rejected the bot token. Set a valid token in the settings or DISCORD_BOT_TOKEN.</translation>
    </message>
    <message>
        <source>Connecting to Discord at %1</source>
        <translation>Connecting to Discord at %1</translation>
    </message>
    <message>
        <source>Slash commands not registered%1: %2</source>
        <translation>Slash commands not registered%1: %2</translation>
    </message>
    <message>
        <source>Slash commands registered%1</source>
        <translation>Slash commands registered%1</translation>
    </message>
    <message>
        <source>Slash commands unchanged%1</source>
        <translation>Slash commands unchanged%1</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) arrived too late to be answered within Discord's 3 seconds and were dropped; the service is overloaded.</source>
        <translation>
            <numerusform>%n interaction arrived too late to be answered within Discord's 3 seconds and were dropped; the service is overloaded.</numerusform>
            <numerusform>%n interactions arrived too late to be answered within Discord's 3 seconds and were dropped; the service is overloaded.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>database writes are failing (%n so far): %1</source>
        <translation>
            <numerusform>database writes are failing (%n so far): %1</numerusform>
            <numerusform>database writes are failing (%n so far): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk of the data folder %1 is full: %2 MB free, below %3 MB</source>
        <translation>the disk of the data folder %1 is full: %2 MB free, below %3 MB</translation>
    </message>
    <message>
        <source>discord gateway not connected for %1 s (allowed: %2 s)%3</source>
        <translation>discord gateway not connected for %1 s (allowed: %2 s)%3</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HeartbeatPinger</name>
    <message>
        <source>Heartbeat: the push URL answers again</source>
        <translation>Heartbeat: the push URL answers again</translation>
    </message>
    <message>
        <source>Heartbeat: the push URL did not take the ping: %1</source>
        <translation>Heartbeat: the push URL did not take the ping: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
</context>
<context>
    <name>mechdock::service::InstanceLock</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>another Mechdock engine uses this data folder</source>
        <translation>another Mechdock engine uses this data folder</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>cannot lock %1: %2</translation>
    </message>
    <message>
        <source>locked, but cannot record the holder in %1: %2</source>
        <translation>locked, but cannot record the holder in %1: %2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::MessageIntents</name>
    <message>
        <source>Discord refused the Message Content intent (close code 4014), so auto-actions cannot read messages. Turn it on: Discord Developer Portal → your application → Bot → Privileged Gateway Intents → enable "Message Content Intent", save, then reload Mechdock. Until then the bot connects without it: slash commands and buttons keep working.</source>
        <translation>Discord refused the Message Content intent (close code 4014), so auto-actions cannot read messages. Turn it on: Discord Developer Portal → your application → Bot → Privileged Gateway Intents → enable "Message Content Intent", save, then reload Mechdock. Until then the bot connects without it: slash commands and buttons keep working.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ScheduledActionExecutor</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker is not running in this service.</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceBotBackend</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>Docker is not running in this service.</translation>
    </message>
    <message>
        <source>%1 asked Discord to %2 %3</source>
        <translation>%1 asked Discord to %2 %3</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>Unknown container.</translation>
    </message>
    <message>
        <source>The mech is not running, so the donation was not recorded. Check the service log for why.</source>
        <translation>The mech is not running, so the donation was not recorded. Check the service log for why.</translation>
    </message>
    <message>
        <source>The scheduler is not running (the database is unavailable).</source>
        <translation>The scheduler is not running (the database is unavailable).</translation>
    </message>
    <message>
        <source>Unknown action "%1": use start, stop or restart.</source>
        <translation>Unknown action "%1": use start, stop or restart.</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"; use an IANA name such as Europe/Berlin.</source>
        <translation>Unknown time zone "%1"; use an IANA name such as Europe/Berlin.</translation>
    </message>
    <message>
        <source>Scheduled %1 of %2 (task %3). Next runs: %4</source>
        <translation>Scheduled %1 of %2 (task %3). Next runs: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 deleted scheduled task %2</source>
        <translation>%1 deleted scheduled task %2</translation>
    </message>
    <message>
        <source>Deleted task %1.</source>
        <translation>Deleted task %1.</translation>
    </message>
    <message>
        <source>**System health**</source>
        <translation>**System health**</translation>
    </message>
    <message>
        <source>Memory: %1 MB of %2 MB, pressure %3.</source>
        <translation>Memory: %1 MB of %2 MB, pressure %3.</translation>
    </message>
    <message>
        <source>CPU: %1 % (Mechdock), %2 % (system); disk %3 % used.</source>
        <translation>CPU: %1 % (Mechdock), %2 % (system); disk %3 % used.</translation>
    </message>
    <message>
        <source>Database: ok.</source>
        <translation>Database: ok.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Docker %1: reachable (API %2).</source>
        <translation>Docker %1: reachable (API %2).</translation>
    </message>
    <message>
        <source>Docker %1: %2</source>
        <translation>Docker %1: %2</translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms; REST 429 answers: %2.</source>
        <translation>Gateway latency: %1 ms; REST 429 answers: %2.</translation>
    </message>
    <message>
        <source>**Operation timings** (count, p50 / p95 / p99 ms, success)</source>
        <translation>**Operation timings** (count, p50 / p95 / p99 ms, success)</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>Nothing measured yet.</translation>
    </message>
    <message>
        <source>**Memory**: %1 MB resident, %2 MB heap, limit %3 MB, pressure %4.</source>
        <translation>**Memory**: %1 MB resident, %2 MB heap, limit %3 MB, pressure %4.</translation>
    </message>
    <message>
        <source>Caches and queues (entries / limit, hit rate, evictions):</source>
        <translation>Caches and queues (entries / limit, hit rate, evictions):</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB); resident memory %3 MB → %4 MB.</source>
        <translation>Cleanup freed %1 entries (%2 MB); resident memory %3 MB → %4 MB.</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB).</source>
        <translation>Cleanup freed %1 entries (%2 MB).</translation>
    </message>
    <message>
        <source>**Security**: default deny; %1 status and %2 control channels; %3 admin users and %4 admin roles.</source>
        <translation>**Security**: default deny; %1 status and %2 control channels; %3 admin users and %4 admin roles.</translation>
    </message>
    <message>
        <source>Per-minute caps: %1 commands, %2 buttons.</source>
        <translation>Per-minute caps: %1 commands, %2 buttons.</translation>
    </message>
    <message>
        <source>No donation links are configured.</source>
        <translation>No donation links are configured.</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>No scheduled tasks.</translation>
    </message>
    <message>
        <source>no further runs</source>
        <translation>no further runs</translation>
    </message>
    <message>
        <source>The audit log cannot keep up; entries are dropped.</source>
        <translation>The audit log cannot keep up; entries are dropped.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries not written: %1</source>
        <translation>
            <numerusform>%n audit entries not written: %1</numerusform>
            <numerusform>%n audit entries not written: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made Discord user %2 an admin</source>
        <translation>%1 made Discord user %2 an admin</translation>
    </message>
    <message>
        <source>%1 removed Discord user %2 from the admins</source>
        <translation>%1 removed Discord user %2 from the admins</translation>
    </message>
    <message>
        <source>%1 is now a Mechdock admin.</source>
        <translation>%1 is now a Mechdock admin.</translation>
    </message>
    <message>
        <source>%1 is no longer a Mechdock admin.</source>
        <translation>%1 is no longer a Mechdock admin.</translation>
    </message>
    <message>
        <source>%1 is already a Mechdock admin.</source>
        <translation>%1 is already a Mechdock admin.</translation>
    </message>
    <message>
        <source>%1 is not in the list of admin users (an admin role may make them one; roles are changed in the settings).</source>
        <translation>%1 is not in the list of admin users (an admin role may make them one; roles are changed in the settings).</translation>
    </message>
    <message>
        <source>%1 is the last admin: add another admin first, so someone can still manage Mechdock from Discord.</source>
        <translation>%1 is the last admin: add another admin first, so someone can still manage Mechdock from Discord.</translation>
    </message>
    <message>
        <source>This service runs without a settings file, so admins can only be set where it is started.</source>
        <translation>This service runs without a settings file, so admins can only be set where it is started.</translation>
    </message>
    <message>
        <source>The settings file has an error, so it was not changed: %1</source>
        <translation>The settings file has an error, so it was not changed: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved in the settings file, but an environment variable sets the admins, so nothing changes until it is removed.</source>
        <translation>Saved in the settings file, but an environment variable sets the admins, so nothing changes until it is removed.</translation>
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
    <name>mechdock::service::StatusChannelPublisher</name>
    <message>
        <source>Could not post the status message in channel %1: %2</source>
        <translation>Could not post the status message in channel %1: %2</translation>
    </message>
    <message>
        <source>Re-posting the status messages in channel %1</source>
        <translation>Re-posting the status messages in channel %1</translation>
    </message>
    <message>
        <source>Could not read channel %1 to find earlier status messages: %2</source>
        <translation>Could not read channel %1 to find earlier status messages: %2</translation>
    </message>
    <message>
        <source>Channel %1: reusing %2 earlier status messages, removed %3 duplicates</source>
        <translation>Channel %1: reusing %2 earlier status messages, removed %3 duplicates</translation>
    </message>
</context>
<context>
    <name>mechdock::service::SwarmServiceTracker</name>
    <message>
        <source>global service, %1 tasks running</source>
        <translation>global service, %1 tasks running</translation>
    </message>
    <message>
        <source>replicated service, %1 tasks running</source>
        <translation>replicated service, %1 tasks running</translation>
    </message>
    <message>
        <source>; update %1</source>
        <translation>; update %1</translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation>Unknown service.</translation>
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
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 cannot be checked: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Stop Mechdock, move the file aside (sqlite3's .recover can rescue its rows) and start again: a new database is created.</source>
        <translation>%1 is damaged (%2). Stop Mechdock, move the file aside (sqlite3's .recover can rescue its rows) and start again: a new database is created.</translation>
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
    <name>mechdock::ui::AuditTableModel</name>
    <message>
        <source>User id: %1</source>
        <translation>User id: %1</translation>
    </message>
    <message>
        <source>Guild: %1</source>
        <translation>Guild: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AutoActionsPanel</name>
    <message>
        <source>Posted by a &amp;bot</source>
        <translation>Posted by a &amp;bot</translation>
    </message>
    <message>
        <source>Posted by a &amp;webhook</source>
        <translation>Posted by a &amp;webhook</translation>
    </message>
    <message>
        <source>&amp;Test the rules</source>
        <translation>&amp;Test the rules</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Would fire</source>
        <translation>Would fire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Fired</translation>
    </message>
    <message>
        <source>Cool-down skips</source>
        <translation>Cool-down skips</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Last fired</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Paste a message, e.g. "New version 1.2 is out"</source>
        <translation>Paste a message, e.g. "New version 1.2 is out"</translation>
    </message>
    <message>
        <source>Nothing is done: the rules only say what they would do</source>
        <translation>Nothing is done: the rules only say what they would do</translation>
    </message>
    <message>
        <source>Channel id (empty: a channel no rule names)</source>
        <translation>Channel id (empty: a channel no rule names)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Counters and last firings</source>
        <translation>Counters and last firings</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Not connected to the engine.</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters.</source>
        <translation>A message holds at most %1 characters.</translation>
    </message>
    <message>
        <source>Dry run failed: %1</source>
        <translation>Dry run failed: %1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1 (skipped: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No auto-action rules are configured (autoActions.rules).</source>
        <translation>No auto-action rules are configured (autoActions.rules).</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire. Nothing was done.</source>
        <translation>%1 of %2 rule(s) would fire. Nothing was done.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message numerus="yes">
        <source>Listening to messages: %n firing(s) waiting.</source>
        <translation>
            <numerusform>Listening to messages: %n firing waiting.</numerusform>
            <numerusform>Listening to messages: %n firings waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule is enabled: the bot does not read messages.</source>
        <translation>No rule is enabled: the bot does not read messages.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::CacheTableModel</name>
    <message>
        <source>Deepest so far: %1</source>
        <translation>Deepest so far: %1</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>queue</translation>
    </message>
    <message>
        <source>map</source>
        <translation>map</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Entries held, against the bound</source>
        <translation>Entries held, against the bound</translation>
    </message>
    <message>
        <source>Estimated payload bytes, against the byte bound when there is one</source>
        <translation>Estimated payload bytes, against the byte bound when there is one</translation>
    </message>
    <message>
        <source>Lookups answered from the cache</source>
        <translation>Lookups answered from the cache</translation>
    </message>
    <message>
        <source>Entries removed to stay within bounds, by age or by pressure</source>
        <translation>Entries removed to stay within bounds, by age or by pressure</translation>
    </message>
    <message>
        <source>Queue items dropped or refused because the queue was full</source>
        <translation>Queue items dropped or refused because the queue was full</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Hit rate</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Evictions</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Drops</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ChoiceListDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Already in the settings</source>
        <translation>Already in the settings</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>Nothing to choose from.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ConnectDialog</name>
    <message>
        <source>API &amp;key</source>
        <translation>API &amp;key</translation>
    </message>
    <message>
        <source>User and &amp;password</source>
        <translation>User and &amp;password</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>wss://server:8385 or /path/to/control.sock</source>
        <translation>wss://server:8385 or /path/to/control.sock</translation>
    </message>
    <message>
        <source>A remote engine's control address (control.remoteListen on the server), or the local socket of a service on this computer</source>
        <translation>A remote engine's control address (control.remoteListen on the server), or the local socket of a service on this computer</translation>
    </message>
    <message>
        <source>mdk_… (made on the server by mechdock control add-key)</source>
        <translation>mdk_… (made on the server by mechdock control add-key)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>Enter the server's address.</translation>
    </message>
    <message>
        <source>Not an address: use wss://host:port, host:port or the full path of a control.sock.</source>
        <translation>Not an address: use wss://host:port, host:port or the full path of a control.sock.</translation>
    </message>
    <message>
        <source>A service on this computer: no password is needed if you may open its socket.</source>
        <translation>A service on this computer: no password is needed if you may open its socket.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Enter the API key.</translation>
    </message>
    <message>
        <source>Enter the user and the password.</source>
        <translation>Enter the user and the password.</translation>
    </message>
    <message>
        <source>On the first connection you are asked to confirm the server's certificate fingerprint (mechdock control fingerprint prints it on the server).</source>
        <translation>On the first connection you are asked to confirm the server's certificate fingerprint (mechdock control fingerprint prints it on the server).</translation>
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
        <source>Allowed from Discord: %1</source>
        <translation>Allowed from Discord: %1</translation>
    </message>
    <message>
        <source>Not configured for Discord</source>
        <translation>Not configured for Discord</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>restarting</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>removing</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>starting…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>stopping…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>restarting…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <source>No answer from the game server yet</source>
        <translation>No answer from the game server yet</translation>
    </message>
    <message>
        <source>The game server names no players</source>
        <translation>The game server names no players</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>updating…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>container</source>
        <translation>container</translation>
    </message>
    <message>
        <source>A Swarm service: start scales it back, stop scales it to 0, restart replaces its tasks one by one</source>
        <translation>A Swarm service: start scales it back, stop scales it to 0, restart replaces its tasks one by one</translation>
    </message>
    <message>
        <source>A container</source>
        <translation>A container</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
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
        <source>&amp;Follow</source>
        <translation>&amp;Follow</translation>
    </message>
    <message>
        <source>The last %1 lines of the selected container's log</source>
        <translation>The last %1 lines of the selected container's log</translation>
    </message>
    <message>
        <source>Fetch the log again every 2 seconds and keep the newest line in view</source>
        <translation>Fetch the log again every 2 seconds and keep the newest line in view</translation>
    </message>
    <message>
        <source>Select a container to see its log.</source>
        <translation>Select a container to see its log.</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>Log of %1 (%2)</translation>
    </message>
    <message>
        <source>Log of %1 (%2): %3</source>
        <translation>Log of %1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Add to Discord</source>
        <translation>&amp;Add to Discord</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>Search containers</translation>
    </message>
    <message>
        <source>List the selected container in the settings, so Discord shows it (status only; allow actions on the Settings page)</source>
        <translation>List the selected container in the settings, so Discord shows it (status only; allow actions on the Settings page)</translation>
    </message>
    <message>
        <source>Select a container first</source>
        <translation>Select a container first</translation>
    </message>
    <message>
        <source>The settings do not allow this action for %1</source>
        <translation>The settings do not allow this action for %1</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 is already running</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 is not running</translation>
    </message>
    <message>
        <source>Start the container %1 on %2?</source>
        <translation>Start the container %1 on %2?</translation>
    </message>
    <message>
        <source>Stop the container %1 on %2?</source>
        <translation>Stop the container %1 on %2?</translation>
    </message>
    <message>
        <source>Restart the container %1 on %2?</source>
        <translation>Restart the container %1 on %2?</translation>
    </message>
    <message>
        <source>It is not configured for Discord; you act on it as the administrator.</source>
        <translation>It is not configured for Discord; you act on it as the administrator.</translation>
    </message>
    <message>
        <source>The settings do not allow this for Discord; you act on it as the administrator.</source>
        <translation>The settings do not allow this for Discord; you act on it as the administrator.</translation>
    </message>
    <message>
        <source>%1 %2: sent…</source>
        <translation>%1 %2: sent…</translation>
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
        <source>Show only the containers whose name, image, host, state or ports contain this text</source>
        <translation>Show only the containers whose name, image, host, state or ports contain this text</translation>
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
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>Pull the selected container's image and, if it changed, make the container again from it</source>
        <translation>Pull the selected container's image and, if it changed, make the container again from it</translation>
    </message>
    <message>
        <source>Update the container %1 on %2? Its image is pulled; if it changed, the container is made again from the new image with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Update the container %1 on %2? Its image is pulled; if it changed, the container is made again from the new image with the same settings, and the old one comes back if the new one does not start.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Swarm rolls out a service's new image: docker service update --image</source>
        <translation>Swarm rolls out a service's new image: docker service update --image</translation>
    </message>
    <message>
        <source>Start the Swarm service %1 on %2? It is scaled back to its replicas.</source>
        <translation>Start the Swarm service %1 on %2? It is scaled back to its replicas.</translation>
    </message>
    <message>
        <source>Stop the Swarm service %1 on %2? It is scaled to 0; its replica count is kept for the next start.</source>
        <translation>Stop the Swarm service %1 on %2? It is scaled to 0; its replica count is kept for the next start.</translation>
    </message>
    <message>
        <source>Restart the Swarm service %1 on %2? Its tasks are replaced one by one.</source>
        <translation>Restart the Swarm service %1 on %2? Its tasks are replaced one by one.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DashboardPage</name>
    <message>
        <source>Waiting for the service…</source>
        <translation>Waiting for the service…</translation>
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
        <source>measuring…</source>
        <translation>measuring…</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>No alerts.</translation>
    </message>
    <message>
        <source>None: the settings are valid.</source>
        <translation>None: the settings are valid.</translation>
    </message>
    <message>
        <source>Force &amp;cleanup</source>
        <translation>Force &amp;cleanup</translation>
    </message>
    <message>
        <source>Memory: not measured yet</source>
        <translation>Memory: not measured yet</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>How much history the memory chart shows</source>
        <translation>How much history the memory chart shows</translation>
    </message>
    <message>
        <source>Empty every registered cache and return free heap to the system now; shows what it freed</source>
        <translation>Empty every registered cache and return free heap to the system now; shows what it freed</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>How late the window's event loop runs a timer: above ~50 ms the panel feels sluggish</source>
        <translation>How late the window's event loop runs a timer: above ~50 ms the panel feels sluggish</translation>
    </message>
    <message>
        <source>Mechdock's CPU use (of one core) and the whole system's</source>
        <translation>Mechdock's CPU use (of one core) and the whole system's</translation>
    </message>
    <message>
        <source>Used space on the disk that holds Mechdock's data folder</source>
        <translation>Used space on the disk that holds Mechdock's data folder</translation>
    </message>
    <message>
        <source>The machine's network traffic: rate now and total since boot</source>
        <translation>The machine's network traffic: rate now and total since boot</translation>
    </message>
    <message>
        <source>Service and system</source>
        <translation>Service and system</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disk:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <source>Panel delay:</source>
        <translation>Panel delay:</translation>
    </message>
    <message>
        <source>Every bounded cache and queue: what it holds and how well it works</source>
        <translation>Every bounded cache and queue: what it holds and how well it works</translation>
    </message>
    <message>
        <source>Recent alerts about memory, CPU, disk and the service, newest first</source>
        <translation>Recent alerts about memory, CPU, disk and the service, newest first</translation>
    </message>
    <message>
        <source>Caches and queues</source>
        <translation>Caches and queues</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>Cleaning up…</translation>
    </message>
    <message>
        <source>p50 %1 ms · p99 %2 ms · max %3 ms</source>
        <translation>p50 %1 ms · p99 %2 ms · max %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>Freed %n entr(ies), %1 of cache payload.</source>
        <translation>
            <numerusform>Freed %n entr(ies), %1 of cache payload.</numerusform>
            <numerusform>Freed %n entr(ies), %1 of cache payload.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident %1 → %2.</source>
        <translation>Resident %1 → %2.</translation>
    </message>
    <message>
        <source>Heap in use %1 → %2.</source>
        <translation>Heap in use %1 → %2.</translation>
    </message>
    <message>
        <source>Cleanup did not run: %1</source>
        <translation>Cleanup did not run: %1</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>Resident %1</translation>
    </message>
    <message>
        <source> · heap %1</source>
        <translation> · heap %1</translation>
    </message>
    <message>
        <source> · limit %1 (%2 % used)</source>
        <translation> · limit %1 (%2 % used)</translation>
    </message>
    <message>
        <source>Mechdock %1 · system %2</source>
        <translation>Mechdock %1 · system %2</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 used</translation>
    </message>
    <message>
        <source>%1/s in, %2/s out · </source>
        <translation>%1/s in, %2/s out · </translation>
    </message>
    <message>
        <source>%1 in, %2 out in total</source>
        <translation>%1 in, %2 out in total</translation>
    </message>
    <message>
        <source>Caches and queues (%1)</source>
        <translation>Caches and queues (%1)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n container running</numerusform>
            <numerusform>%n containers running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation>bot %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) reachable</source>
        <translation>
            <numerusform>%1 of %n endpoint reachable</numerusform>
            <numerusform>%1 of %n endpoints reachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DiscordPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>The bot's connection to Discord's gateway</source>
        <translation>The bot's connection to Discord's gateway</translation>
    </message>
    <message>
        <source>Since the service started</source>
        <translation>Since the service started</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Recent &amp;commands</source>
        <translation>Recent &amp;commands</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit log</translation>
    </message>
    <message>
        <source>Shards, latency and guilds</source>
        <translation>Shards, latency and guilds</translation>
    </message>
    <message>
        <source>The latest slash commands and buttons used in Discord</source>
        <translation>The latest slash commands and buttons used in Discord</translation>
    </message>
    <message>
        <source>Every recorded action, with filters</source>
        <translation>Every recorded action, with filters</translation>
    </message>
    <message>
        <source>Discord: waiting for the service…</source>
        <translation>Discord: waiting for the service…</translation>
    </message>
    <message>
        <source>Latency: not connected</source>
        <translation>Latency: not connected</translation>
    </message>
    <message>
        <source>One gateway connection per shard; hover a stopped shard for the reason</source>
        <translation>One gateway connection per shard; hover a stopped shard for the reason</translation>
    </message>
    <message>
        <source>The guilds (servers) the bot is a member of</source>
        <translation>The guilds (servers) the bot is a member of</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Latency (up to the last 10 minutes)</source>
        <translation>Latency (up to the last 10 minutes)</translation>
    </message>
    <message>
        <source>Guilds</source>
        <translation>Guilds</translation>
    </message>
    <message>
        <source>No guilds yet: they are listed once the bot is connected.</source>
        <translation>No guilds yet: they are listed once the bot is connected.</translation>
    </message>
    <message>
        <source>The latest Discord interactions, newest first; hover a row for the user, guild and channel ids</source>
        <translation>The latest Discord interactions, newest first; hover a row for the user, guild and channel ids</translation>
    </message>
    <message>
        <source>No commands yet.</source>
        <translation>No commands yet.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Where the action came from</source>
        <translation>Where the action came from</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Show only actions with this outcome</source>
        <translation>Show only actions with this outcome</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>How far back to look</source>
        <translation>How far back to look</translation>
    </message>
    <message>
        <source>Who (exact name)</source>
        <translation>Who (exact name)</translation>
    </message>
    <message>
        <source>Show only actions by this user (the exact name as recorded)</source>
        <translation>Show only actions by this user (the exact name as recorded)</translation>
    </message>
    <message>
        <source>Action, e.g. /ss or start</source>
        <translation>Action, e.g. /ss or start</translation>
    </message>
    <message>
        <source>Show only this action (exact, e.g. /ss, button:restart, donation)</source>
        <translation>Show only this action (exact, e.g. /ss, button:restart, donation)</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>Read the audit log again (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Matching:</source>
        <translation>&amp;Matching:</translation>
    </message>
    <message>
        <source>Recorded actions, allowed and denied; hover a row for the ids</source>
        <translation>Recorded actions, allowed and denied; hover a row for the ids</translation>
    </message>
    <message>
        <source>The audit log is read from the service's database.</source>
        <translation>The audit log is read from the service's database.</translation>
    </message>
    <message>
        <source>The service has not started yet.</source>
        <translation>The service has not started yet.</translation>
    </message>
    <message>
        <source>No commands yet: slash commands and buttons used in Discord appear here.</source>
        <translation>No commands yet: slash commands and buttons used in Discord appear here.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n command(s) from Discord.</source>
        <translation>
            <numerusform>The latest %n command from Discord.</numerusform>
            <numerusform>The latest %n commands from Discord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message>
        <source>No recorded actions match these filters.</source>
        <translation>No recorded actions match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching action(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>The newest %n matching action; narrow the filters to see older ones.</numerusform>
            <numerusform>The newest %n matching actions; narrow the filters to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching action(s).</source>
        <translation>
            <numerusform>%n matching action.</numerusform>
            <numerusform>%n matching actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: online, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord: online, %1 of %n shard connected</numerusform>
            <numerusform>Discord: online, %1 of %n shards connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: connecting, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord: connecting, %1 of %n shard connected</numerusform>
            <numerusform>Discord: connecting, %1 of %n shards connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Discord: connecting…</source>
        <translation>Discord: connecting…</translation>
    </message>
    <message>
        <source>Discord: %1</source>
        <translation>Discord: %1</translation>
    </message>
    <message>
        <source>Latency: %1 ms now; %2 / %3 / %4 ms min / mean / max over the last 10 minutes</source>
        <translation>Latency: %1 ms now; %2 / %3 / %4 ms min / mean / max over the last 10 minutes</translation>
    </message>
    <message>
        <source>Latency: waiting for the first heartbeat</source>
        <translation>Latency: waiting for the first heartbeat</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) handled</source>
        <translation>
            <numerusform>%n interaction handled</numerusform>
            <numerusform>%n interactions handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>%n denied</numerusform>
            <numerusform>%n denied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REST rate limit(s) hit</source>
        <translation>
            <numerusform>%n REST rate limit hit</numerusform>
            <numerusform>%n REST rate limits hit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>%n resume</numerusform>
            <numerusform>%n resumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session start(s) left today</source>
        <translation>
            <numerusform>%n session start left today</numerusform>
            <numerusform>%n session starts left today</numerusform>
        </translation>
    </message>
    <message>
        <source>slash commands registered</source>
        <translation>slash commands registered</translation>
    </message>
    <message>
        <source>slash commands not registered yet</source>
        <translation>slash commands not registered yet</translation>
    </message>
    <message>
        <source>The bot is not in any guild yet.</source>
        <translation>The bot is not in any guild yet.</translation>
    </message>
    <message numerus="yes">
        <source>In %n guild(s).</source>
        <translation>
            <numerusform>In %n guild.</numerusform>
            <numerusform>In %n guilds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel and control API</source>
        <translation>Panel and control API</translation>
    </message>
    <message>
        <source>Panel (older entries)</source>
        <translation>Panel (older entries)</translation>
    </message>
    <message>
        <source>last attempt: %1</source>
        <translation>last attempt: %1</translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>trying again now</translation>
    </message>
    <message numerus="yes">
        <source>next attempt in %n s</source>
        <translation>
            <numerusform>next attempt in %n s</numerusform>
            <numerusform>next attempt in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too late to answer (overloaded)</source>
        <translation>
            <numerusform>%n too late to answer (overloaded)</numerusform>
            <numerusform>%n too late to answer (overloaded)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;actions</source>
        <translation>Auto-&amp;actions</translation>
    </message>
    <message>
        <source>Try a message on the auto-action rules; their counters and last firings</source>
        <translation>Try a message on the auto-action rules; their counters and last firings</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>Auto-actions</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DonationDialog</name>
    <message>
        <source>Add donation</source>
        <translation>Add donation</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>The donated amount in dollars; it powers the mech and counts toward its next level</source>
        <translation>The donated amount in dollars; it powers the mech and counts toward its next level</translation>
    </message>
    <message>
        <source>Who donated</source>
        <translation>Who donated</translation>
    </message>
    <message>
        <source>Shown in the donation history and in Discord</source>
        <translation>Shown in the donation history and in Discord</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>A note for the history, e.g. where the money came from</source>
        <translation>A note for the history, e.g. where the money came from</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Record the donation (Enter)</source>
        <translation>Record the donation (Enter)</translation>
    </message>
    <message>
        <source>Close without recording (Esc)</source>
        <translation>Close without recording (Esc)</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donor:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Enter an amount of at least $0.01.</source>
        <translation>Enter an amount of at least $0.01.</translation>
    </message>
    <message>
        <source>Enter who donated.</source>
        <translation>Enter who donated.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DonationTableModel</name>
    <message>
        <source>-$%1</source>
        <translation>-$%1</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>An operator correction, not a donation</source>
        <translation>An operator correction, not a donation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::FirstRunChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Give the bot its token (Discord developer portal &gt; Bot &gt; Reset Token)</source>
        <translation>Give the bot its token (Discord developer portal &gt; Bot &gt; Reset Token)</translation>
    </message>
    <message>
        <source>Settings: Discord</source>
        <translation>Settings: Discord</translation>
    </message>
    <message>
        <source>Reach Docker (the socket, or an endpoint over TCP with TLS)</source>
        <translation>Reach Docker (the socket, or an endpoint over TCP with TLS)</translation>
    </message>
    <message>
        <source>Settings: Docker</source>
        <translation>Settings: Docker</translation>
    </message>
    <message>
        <source>Invite the bot to your Discord server and list the server's id</source>
        <translation>Invite the bot to your Discord server and list the server's id</translation>
    </message>
    <message>
        <source>Discord page</source>
        <translation>Discord page</translation>
    </message>
    <message>
        <source>Choose a status or control channel</source>
        <translation>Choose a status or control channel</translation>
    </message>
    <message>
        <source>Settings: channels</source>
        <translation>Settings: channels</translation>
    </message>
    <message>
        <source>Choose the containers Discord shows (Add to Discord)</source>
        <translation>Choose the containers Discord shows (Add to Discord)</translation>
    </message>
    <message>
        <source>Containers page</source>
        <translation>Containers page</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::GuildTableModel</name>
    <message>
        <source>(not loaded yet)</source>
        <translation>(not loaded yet)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Guild id %1</source>
        <translation>Guild id %1</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Guild</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>no: not in Guild ids</source>
        <translation>no: not in Guild ids</translation>
    </message>
    <message>
        <source>The slash commands are registered only in the servers the settings list. Add %1 to Guild ids on the Settings page (Discord tab) so this server can use them.</source>
        <translation>The slash commands are registered only in the servers the settings list. Add %1 to Guild ids on the Settings page (Discord tab) so this server can use them.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Not known to be available: its shard is not connected, Discord reports an outage, or its details have not arrived yet</source>
        <translation>Not known to be available: its shard is not connected, Discord reports an outage, or its details have not arrived yet</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LatencyChart</name>
    <message>
        <source>Gateway latency</source>
        <translation>Gateway latency</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The heartbeat round trip to Discord's gateway (mean over the shards), one reading per second</source>
        <translation>The heartbeat round trip to Discord's gateway (mean over the shards), one reading per second</translation>
    </message>
    <message>
        <source>No latency yet: it is measured with every heartbeat once the bot is connected.</source>
        <translation>No latency yet: it is measured with every heartbeat once the bot is connected.</translation>
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
    <message>
        <source>Pages (Ctrl+1 … Ctrl+8)</source>
        <translation>Pages (Ctrl+1 … Ctrl+8)</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Scheduled starts, stops and restarts, with their next runs</source>
        <translation>Scheduled starts, stops and restarts, with their next runs</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>How long Docker, Discord and animation work takes</source>
        <translation>How long Docker, Discord and animation work takes</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Mechdock is still running</source>
        <translation>Mechdock is still running</translation>
    </message>
    <message>
        <source>The bot keeps running; use the tray icon to show the window or to quit.</source>
        <translation>The bot keeps running; use the tray icon to show the window or to quit.</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>The mech's animation, level, power and donations</source>
        <translation>The mech's animation, level, power and donations</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Connection, shards, latency, guilds, commands and the audit log</source>
        <translation>Connection, shards, latency, guilds, commands and the audit log</translation>
    </message>
    <message>
        <source>The engine this panel shows</source>
        <translation>The engine this panel shows</translation>
    </message>
    <message>
        <source>Engine: none</source>
        <translation>Engine: none</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>&amp;Recent servers</source>
        <translation>&amp;Recent servers</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;This computer</translation>
    </message>
    <message>
        <source>Show the engine this panel runs</source>
        <translation>Show the engine this panel runs</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Confirm the server's certificate</source>
        <translation>Confirm the server's certificate</translation>
    </message>
    <message>
        <source>The server %1 presents a certificate this panel has not seen before.

SHA-256 fingerprint:
%2

Compare it with what "mechdock control fingerprint" prints on the server (it is also in the service's log). Trust this certificate?</source>
        <translation>The server %1 presents a certificate this panel has not seen before.

SHA-256 fingerprint:
%2

Compare it with what "mechdock control fingerprint" prints on the server (it is also in the service's log). Trust this certificate?</translation>
    </message>
    <message>
        <source>Mechdock — %1</source>
        <translation>Mechdock — %1</translation>
    </message>
    <message>
        <source>Engine: this computer (runs in this panel)</source>
        <translation>Engine: this computer (runs in this panel)</translation>
    </message>
    <message>
        <source>Engine: %1 (as %2)</source>
        <translation>Engine: %1 (as %2)</translation>
    </message>
    <message>
        <source>Engine: connecting to %1…</source>
        <translation>Engine: connecting to %1…</translation>
    </message>
    <message>
        <source>Engine: %1 disconnected</source>
        <translation>Engine: %1 disconnected</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Not connected to %1.</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Not connected to %1: %2</translation>
    </message>
    <message>
        <source>The pages show the data of %1 and may be out of date.</source>
        <translation>The pages show the data of %1 and may be out of date.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Next attempt in %n s.</numerusform>
            <numerusform>Next attempt in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Engine &gt; Connect to server… to try again.</source>
        <translation>Use Engine &gt; Connect to server… to try again.</translation>
    </message>
    <message>
        <source>not connected to an engine</source>
        <translation>not connected to an engine</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>Not connected to an engine.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <source>%1 is already in Discord's list.</source>
        <translation>%1 is already in Discord's list.</translation>
    </message>
    <message>
        <source>%1 is in Discord's list now (status only); allow start, stop or restart on the Settings page.</source>
        <translation>%1 is in Discord's list now (status only); allow start, stop or restart on the Settings page.</translation>
    </message>
    <message>
        <source>Stop the bot?</source>
        <translation>Stop the bot?</translation>
    </message>
    <message>
        <source>The Discord bot runs inside this panel: closing it stops the bot. (A service started with mechdockd keeps the bot running without a window, and the panel attaches to it.)

Close and stop the bot?</source>
        <translation>The Discord bot runs inside this panel: closing it stops the bot. (A service started with mechdockd keeps the bot running without a window, and the panel attaches to it.)

Close and stop the bot?</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MechPage</name>
    <message>
        <source>&amp;Add donation…</source>
        <translation>&amp;Add donation…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>The mech's current animation, at the speed its power gives it</source>
        <translation>The mech's current animation, at the speed its power gives it</translation>
    </message>
    <message>
        <source>Evolution level: total donations unlock the next one</source>
        <translation>Evolution level: total donations unlock the next one</translation>
    </message>
    <message>
        <source>Speed level %v of 100</source>
        <translation>Speed level %v of 100</translation>
    </message>
    <message>
        <source>Power drives the walking speed; it decays a little every day</source>
        <translation>Power drives the walking speed; it decays a little every day</translation>
    </message>
    <message>
        <source>Donations counted toward the next level</source>
        <translation>Donations counted toward the next level</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Power:</translation>
    </message>
    <message>
        <source>Evolution:</source>
        <translation>Evolution:</translation>
    </message>
    <message>
        <source>Donated:</source>
        <translation>Donated:</translation>
    </message>
    <message>
        <source>The latest donations and adjustments, newest first</source>
        <translation>The latest donations and adjustments, newest first</translation>
    </message>
    <message>
        <source>Record a donation received outside Discord (Ctrl+N)</source>
        <translation>Record a donation received outside Discord (Ctrl+N)</translation>
    </message>
    <message>
        <source>Read the donation history and the animation again (F5)</source>
        <translation>Read the donation history and the animation again (F5)</translation>
    </message>
    <message>
        <source>Donation history</source>
        <translation>Donation history</translation>
    </message>
    <message>
        <source>Waiting for the service to report the mech…</source>
        <translation>Waiting for the service to report the mech…</translation>
    </message>
    <message>
        <source>No animation yet.</source>
        <translation>No animation yet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The history appears once the service has started the mech.</source>
        <translation>The history appears once the service has started the mech.</translation>
    </message>
    <message>
        <source>The mech is not running yet; it starts with the service's database.</source>
        <translation>The mech is not running yet; it starts with the service's database.</translation>
    </message>
    <message>
        <source>The mech is not running: the database is unavailable (%1).</source>
        <translation>The mech is not running: the database is unavailable (%1).</translation>
    </message>
    <message>
        <source>Level %1 of %2</source>
        <translation>Level %1 of %2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (level %2)</translation>
    </message>
    <message>
        <source>%1 of power: resting</source>
        <translation>%1 of power: resting</translation>
    </message>
    <message>
        <source>%1 of power, %2 % speed</source>
        <translation>%1 of power, %2 % speed</translation>
    </message>
    <message>
        <source>%1 of %2 to level %3</source>
        <translation>%1 of %2 to level %3</translation>
    </message>
    <message>
        <source>The top level is reached.</source>
        <translation>The top level is reached.</translation>
    </message>
    <message>
        <source>Resting: the mech has no power left.</source>
        <translation>Resting: the mech has no power left.</translation>
    </message>
    <message>
        <source>Walking at %1 % speed.</source>
        <translation>Walking at %1 % speed.</translation>
    </message>
    <message>
        <source>This system cannot play WebP animations. Install Qt's image format plugins (Debian: qt6-image-formats-plugins) and restart Mechdock.</source>
        <translation>This system cannot play WebP animations. Install Qt's image format plugins (Debian: qt6-image-formats-plugins) and restart Mechdock.</translation>
    </message>
    <message>
        <source>No animation: %1</source>
        <translation>No animation: %1</translation>
    </message>
    <message>
        <source>The animation could not be decoded: %1</source>
        <translation>The animation could not be decoded: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
    <message>
        <source>No donations yet. Use /donate in Discord or add one here.</source>
        <translation>No donations yet. Use /donate in Discord or add one here.</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n donation(s).</source>
        <translation>
            <numerusform>The latest %n donation.</numerusform>
            <numerusform>The latest %n donations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s).</source>
        <translation>
            <numerusform>%n donation.</numerusform>
            <numerusform>%n donations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>Not connected to the engine.</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MemoryChart</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>No memory readings yet: the monitor samples every few seconds.</source>
        <translation>No memory readings yet: the monitor samples every few seconds.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>RSS (resident memory), heap in use and the effective limit over the chosen window; the shaded bands are the Medium, High and Critical pressure levels</source>
        <translation>RSS (resident memory), heap in use and the effective limit over the chosen window; the shaded bands are the Medium, High and Critical pressure levels</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::OperationTableModel</name>
    <message numerus="yes">
        <source>%1: %n call(s) since start, %2 failed; percentiles over the last %3</source>
        <translation>
            <numerusform>%1: %n call since start, %2 failed; percentiles over the last %3</numerusform>
            <numerusform>%1: %n calls since start, %2 failed; percentiles over the last %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls since the service started</source>
        <translation>Calls since the service started</translation>
    </message>
    <message>
        <source>Duration in milliseconds that this share of recent calls stayed under</source>
        <translation>Duration in milliseconds that this share of recent calls stayed under</translation>
    </message>
    <message>
        <source>The slowest recent call, in milliseconds</source>
        <translation>The slowest recent call, in milliseconds</translation>
    </message>
    <message>
        <source>Recent calls that succeeded</source>
        <translation>Recent calls that succeeded</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max ms</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PerformancePage</name>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Every timed operation: Docker calls, Discord REST calls, interaction handling, animation jobs</source>
        <translation>Every timed operation: Docker calls, Discord REST calls, interaction handling, animation jobs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Median and 95th percentile of the busiest operations</source>
        <translation>Median and 95th percentile of the busiest operations</translation>
    </message>
    <message>
        <source>No operations measured yet.</source>
        <translation>No operations measured yet.</translation>
    </message>
    <message>
        <source>Round trip of the gateway heartbeat</source>
        <translation>Round trip of the gateway heartbeat</translation>
    </message>
    <message>
        <source>Discord REST answers with 429 Too Many Requests since start</source>
        <translation>Discord REST answers with 429 Too Many Requests since start</translation>
    </message>
    <message>
        <source>Slash commands and buttons handled since start</source>
        <translation>Slash commands and buttons handled since start</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Gateway latency:</source>
        <translation>Gateway latency:</translation>
    </message>
    <message>
        <source>REST 429 answers:</source>
        <translation>REST 429 answers:</translation>
    </message>
    <message>
        <source>Interactions handled:</source>
        <translation>Interactions handled:</translation>
    </message>
    <message>
        <source>not connected (%1)</source>
        <translation>not connected (%1)</translation>
    </message>
    <message>
        <source>connected, waiting for the first heartbeat</source>
        <translation>connected, waiting for the first heartbeat</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms over %2 of %n shard(s)</source>
        <translation>
            <numerusform>%1 ms over %2 of %n shard</numerusform>
            <numerusform>%1 ms over %2 of %n shards</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>%1
median %2 ms, 95th percentile %3 ms</source>
        <translation>%1
median %2 ms, 95th percentile %3 ms</translation>
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
    <name>mechdock::ui::SchedulerPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Disa&amp;ble</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Scheduled container actions; double-click a task to edit it</source>
        <translation>Scheduled container actions; double-click a task to edit it</translation>
    </message>
    <message>
        <source>Schedule a start, stop or restart (Ctrl+N)</source>
        <translation>Schedule a start, stop or restart (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected task (Enter)</source>
        <translation>Change the selected task (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete)</source>
        <translation>Remove the selected task (Delete)</translation>
    </message>
    <message>
        <source>Enable or disable the selected task without removing it</source>
        <translation>Enable or disable the selected task without removing it</translation>
    </message>
    <message>
        <source>Read the tasks again (F5)</source>
        <translation>Read the tasks again (F5)</translation>
    </message>
    <message>
        <source>The scheduler is not running yet; tasks appear once the service has started it.</source>
        <translation>The scheduler is not running yet; tasks appear once the service has started it.</translation>
    </message>
    <message>
        <source>No scheduled tasks. Add one to start, stop or restart a container at set times.</source>
        <translation>No scheduled tasks. Add one to start, stop or restart a container at set times.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s).</source>
        <translation>
            <numerusform>%n scheduled task.</numerusform>
            <numerusform>%n scheduled tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Ena&amp;ble</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Task saved.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Delete the task "%1 %2 at %3"?</source>
        <translation>Delete the task "%1 %2 at %3"?</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>Task deleted.</translation>
    </message>
    <message>
        <source>Task enabled.</source>
        <translation>Task enabled.</translation>
    </message>
    <message>
        <source>Task disabled.</source>
        <translation>Task disabled.</translation>
    </message>
    <message>
        <source>The tasks cannot be shown: %1</source>
        <translation>The tasks cannot be shown: %1</translation>
    </message>
    <message>
        <source>Not connected to the engine; try again in a moment.</source>
        <translation>Not connected to the engine; try again in a moment.</translation>
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
    <message>
        <source>LEVEL:CENTS_PER_DAY, e.g. 10:50, 11:0</source>
        <translation>LEVEL:CENTS_PER_DAY, e.g. 10:50, 11:0</translation>
    </message>
    <message>
        <source>Stored in the keychain, or in the settings file (readable only by its owner) where no keychain works; never shown again</source>
        <translation>Stored in the keychain, or in the settings file (readable only by its owner) where no keychain works; never shown again</translation>
    </message>
    <message>
        <source>&amp;Store token</source>
        <translation>&amp;Store token</translation>
    </message>
    <message>
        <source>Give the token to the engine; the bot uses it at once</source>
        <translation>Give the token to the engine; the bot uses it at once</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Ask Discord whose token this is (the pasted one, or the engine's own when the field is empty)</source>
        <translation>Ask Discord whose token this is (the pasted one, or the engine's own when the field is empty)</translation>
    </message>
    <message>
        <source>Reading the engine's settings…</source>
        <translation>Reading the engine's settings…</translation>
    </message>
    <message>
        <source>The engine's settings could not be read: %1</source>
        <translation>The engine's settings could not be read: %1</translation>
    </message>
    <message>
        <source>The engine has a bot token. Paste a new one to replace it.</source>
        <translation>The engine has a bot token. Paste a new one to replace it.</translation>
    </message>
    <message>
        <source>Settings of %1.</source>
        <translation>Settings of %1.</translation>
    </message>
    <message>
        <source>The environment overrides: %1 (the engine keeps applying them after a save).</source>
        <translation>The environment overrides: %1 (the engine keeps applying them after a save).</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1, row %2, %3: %4</translation>
    </message>
    <message>
        <source>The token comes from the environment variable %1; it wins over a stored one.</source>
        <translation>The token comes from the environment variable %1; it wins over a stored one.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over the file: change or unset it there. The file's value is shown.</source>
        <translation>Set by the environment variable %1, which wins over the file: change or unset it there. The file's value is shown.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved to %1; the engine uses the new settings.</source>
        <translation>Saved to %1; the engine uses the new settings.</translation>
    </message>
    <message>
        <source>The engine is not running; the token can be checked once it is.</source>
        <translation>The engine is not running; the token can be checked once it is.</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>Asking Discord…</translation>
    </message>
    <message>
        <source>The token works: it belongs to the bot %1 (id %2).</source>
        <translation>The token works: it belongs to the bot %1 (id %2).</translation>
    </message>
    <message>
        <source>The token does not work: %1</source>
        <translation>The token does not work: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Not stored: %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; the bot uses it now.</source>
        <translation>Stored in the keychain; the bot uses it now.</translation>
    </message>
    <message>
        <source>Stored in %1 (readable only by its owner); the bot uses it now.</source>
        <translation>Stored in %1 (readable only by its owner); the bot uses it now.</translation>
    </message>
    <message>
        <source>No keychain works here (%1), so the token is stored in %2, readable only by its owner; the bot uses it now.</source>
        <translation>No keychain works here (%1), so the token is stored in %2, readable only by its owner; the bot uses it now.</translation>
    </message>
    <message>
        <source>Choose from &amp;Discord…</source>
        <translation>Choose from &amp;Discord…</translation>
    </message>
    <message>
        <source>Pick channels from the servers the bot is in</source>
        <translation>Pick channels from the servers the bot is in</translation>
    </message>
    <message>
        <source>Choose from D&amp;ocker…</source>
        <translation>Choose from D&amp;ocker…</translation>
    </message>
    <message>
        <source>Pick containers from the Docker endpoints</source>
        <translation>Pick containers from the Docker endpoints</translation>
    </message>
    <message>
        <source>The engine is not running; channels can be listed once it is.</source>
        <translation>The engine is not running; channels can be listed once it is.</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>The channels could not be listed: %1</translation>
    </message>
    <message>
        <source>Channel id %1</source>
        <translation>Channel id %1</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>Choose channels</translation>
    </message>
    <message>
        <source>Tick the channels the bot should post container status in. They are added as status channels; tick Control in the table to allow actions there.</source>
        <translation>Tick the channels the bot should post container status in. They are added as status channels; tick Control in the table to allow actions there.</translation>
    </message>
    <message>
        <source>The engine is not running; containers can be listed once it is.</source>
        <translation>The engine is not running; containers can be listed once it is.</translation>
    </message>
    <message>
        <source>The containers could not be listed: %1</source>
        <translation>The containers could not be listed: %1</translation>
    </message>
    <message>
        <source>%1: Docker does not answer (%2)</source>
        <translation>%1: Docker does not answer (%2)</translation>
    </message>
    <message>
        <source>Choose containers</source>
        <translation>Choose containers</translation>
    </message>
    <message>
        <source>Tick the containers Discord should show. They are added with their status only; tick Start, Stop or Restart in the table to allow those actions.</source>
        <translation>Tick the containers Discord should show. They are added with their status only; tick Start, Stop or Restart in the table to allow those actions.</translation>
    </message>
    <message>
        <source>The bot's servers have no text channel it can see.</source>
        <translation>The bot's servers have no text channel it can see.</translation>
    </message>
    <message>
        <source>Docker has not listed any container yet (the settings may have just changed); try again in a moment.</source>
        <translation>Docker has not listed any container yet (the settings may have just changed); try again in a moment.</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>Auto-actions</translation>
    </message>
    <message>
        <source>Player query</source>
        <translation>Player query</translation>
    </message>
    <message>
        <source>Query host</source>
        <translation>Query host</translation>
    </message>
    <message>
        <source>Query port</source>
        <translation>Query port</translation>
    </message>
    <message>
        <source>How to ask the game server for its players: none, a2s (Steam/Source games) or minecraft</source>
        <translation>How to ask the game server for its players: none, a2s (Steam/Source games) or minecraft</translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1</source>
        <translation>Empty: 127.0.0.1</translation>
    </message>
    <message>
        <source>Empty: the protocol's usual port (27015 for A2S, 25565 for Minecraft)</source>
        <translation>Empty: the protocol's usual port (27015 for A2S, 25565 for Minecraft)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>container, or service for a Swarm service of a manager endpoint</source>
        <translation>container, or service for a Swarm service of a manager endpoint</translation>
    </message>
    <message>
        <source>%1 [Swarm service]</source>
        <translation>%1 [Swarm service]</translation>
    </message>
    <message>
        <source>Update tag</source>
        <translation>Update tag</translation>
    </message>
    <message>
        <source>The tag an update pulls, e.g. stable; empty: the container's own</source>
        <translation>The tag an update pulls, e.g. stable; empty: the container's own</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ShardTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Gateway events received on this shard</source>
        <translation>Gateway events received on this shard</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>Identifies</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>Resumes</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>Last close</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskEditorDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <source>Scheduled task</source>
        <translation>Scheduled task</translation>
    </message>
    <message>
        <source>The Docker endpoint the container runs on</source>
        <translation>The Docker endpoint the container runs on</translation>
    </message>
    <message>
        <source>The container's name</source>
        <translation>The container's name</translation>
    </message>
    <message>
        <source>What happens to the container when the task runs</source>
        <translation>What happens to the container when the task runs</translation>
    </message>
    <message>
        <source>e.g. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</source>
        <translation>e.g. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</source>
        <translation>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>The IANA time zone the schedule's times are in, e.g. Europe/Berlin</source>
        <translation>The IANA time zone the schedule's times are in, e.g. Europe/Berlin</translation>
    </message>
    <message>
        <source>A disabled task is kept but does not run</source>
        <translation>A disabled task is kept but does not run</translation>
    </message>
    <message>
        <source>A note for other operators (optional)</source>
        <translation>A note for other operators (optional)</translation>
    </message>
    <message>
        <source>When the task would run next, in the chosen time zone</source>
        <translation>When the task would run next, in the chosen time zone</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpoint:</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Next runs:</translation>
    </message>
    <message>
        <source>New scheduled task</source>
        <translation>New scheduled task</translation>
    </message>
    <message>
        <source>Edit scheduled task</source>
        <translation>Edit scheduled task</translation>
    </message>
    <message>
        <source>Choose the container the task acts on.</source>
        <translation>Choose the container the task acts on.</translation>
    </message>
    <message>
        <source>Enter a schedule.</source>
        <translation>Enter a schedule.</translation>
    </message>
    <message>
        <source>This schedule never runs (again).</source>
        <translation>This schedule never runs (again).</translation>
    </message>
    <message>
        <source>The settings do not allow "%1" for %2, so the engine will refuse the task when it runs. Allow it on the Settings page (Docker tab).</source>
        <translation>The settings do not allow "%1" for %2, so the engine will refuse the task when it runs. Allow it on the Settings page (Docker tab).</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskTableModel</name>
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
        <source>Next runs:
%1</source>
        <translation>Next runs:
%1</translation>
    </message>
    <message>
        <source>Enabled: runs on schedule</source>
        <translation>Enabled: runs on schedule</translation>
    </message>
    <message>
        <source>Disabled: does not run</source>
        <translation>Disabled: does not run</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>cannot run</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>never again</source>
        <translation>never again</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TrayController</name>
    <message>
        <source>&amp;Show Mechdock</source>
        <translation>&amp;Show Mechdock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Mechdock: starting…</source>
        <translation>Mechdock: starting…</translation>
    </message>
    <message>
        <source>Mechdock alert</source>
        <translation>Mechdock alert</translation>
    </message>
    <message numerus="yes">
        <source>Mechdock: %n new alert(s)</source>
        <translation>
            <numerusform>Mechdock: %n new alert</numerusform>
            <numerusform>Mechdock: %n new alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechdock · bot %1</source>
        <translation>Mechdock · bot %1</translation>
    </message>
    <message>
        <source> · memory %1</source>
        <translation> · memory %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n Docker endpoint(s) unreachable</source>
        <translation>
            <numerusform> · %n Docker endpoint unreachable</numerusform>
            <numerusform> · %n Docker endpoints unreachable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Start %1?</source>
        <translation>Start %1?</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>Stop %1?</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>Restart %1?</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(no output)</translation>
    </message>
    <message>
        <source>Only the newest part is shown.</source>
        <translation>Only the newest part is shown.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Updated %1.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
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
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message>
        <source>Docker endpoint %1 cannot be reached: %2</source>
        <translation>Docker endpoint %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>No containers.</source>
        <translation>No containers.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>No scheduled tasks.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>never ran</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Delete the task “%1” for %2?</source>
        <translation>Delete the task “%1” for %2?</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>Task deleted.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>This schedule never runs.</translation>
    </message>
    <message>
        <source>Next runs (%1):</source>
        <translation>Next runs (%1):</translation>
    </message>
    <message>
        <source>Please choose a container.</source>
        <translation>Please choose a container.</translation>
    </message>
    <message>
        <source>Please enter a schedule.</source>
        <translation>Please enter a schedule.</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Task saved.</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Task added.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Next runs</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Last outcome</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>For example: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</source>
        <translation>For example: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>Empty: the settings' default time zone.</source>
        <translation>Empty: the settings' default time zone.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Save task</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>donation</translation>
    </message>
    <message>
        <source>No donations yet.</source>
        <translation>No donations yet.</translation>
    </message>
    <message>
        <source>Please enter an amount above 0.</source>
        <translation>Please enter an amount above 0.</translation>
    </message>
    <message>
        <source>Record a donation of %1 from %2?</source>
        <translation>Record a donation of %1 from %2?</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Record donation</source>
        <translation>Record donation</translation>
    </message>
    <message>
        <source>Donation recorded. The mech is at level %1.</source>
        <translation>Donation recorded. The mech is at level %1.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <source>resting</source>
        <translation>resting</translation>
    </message>
    <message>
        <source>%1 of %2 to the next level</source>
        <translation>%1 of %2 to the next level</translation>
    </message>
    <message>
        <source>Top level reached</source>
        <translation>Top level reached</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>Mech</translation>
    </message>
    <message>
        <source>The mech is not running.</source>
        <translation>The mech is not running.</translation>
    </message>
    <message>
        <source>Mech animation</source>
        <translation>Mech animation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>Progress to the next level</translation>
    </message>
    <message>
        <source>Record a donation</source>
        <translation>Record a donation</translation>
    </message>
    <message>
        <source>Amount ($)</source>
        <translation>Amount ($)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Donated in total</source>
        <translation>Donated in total</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>No entries match.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Not enough data yet.</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>No recent alerts.</source>
        <translation>No recent alerts.</translation>
    </message>
    <message>
        <source>Free memory now? Caches are emptied and unused memory is returned to the system.</source>
        <translation>Free memory now? Caches are emptied and unused memory is returned to the system.</translation>
    </message>
    <message>
        <source>Free memory now</source>
        <translation>Free memory now</translation>
    </message>
    <message>
        <source>Freed %1 entries (%2). Memory: %3 → %4.</source>
        <translation>Freed %1 entries (%2). Memory: %3 → %4.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Memory use over time</source>
        <translation>Memory use over time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Misses</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Evictions</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Memory (RSS)</source>
        <translation>Memory (RSS)</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressure</translation>
    </message>
    <message>
        <source>Process CPU</source>
        <translation>Process CPU</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>System CPU</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>Recent alerts</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>Caches</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Players</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm service</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>(one per line)</source>
        <translation>(one per line)</translation>
    </message>
    <message>
        <source>Choose from Docker…</source>
        <translation>Choose from Docker…</translation>
    </message>
    <message>
        <source>Choose from Discord…</source>
        <translation>Choose from Discord…</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Remove row %1</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <source>Set by the environment (these win over the file):</source>
        <translation>Set by the environment (these win over the file):</translation>
    </message>
    <message>
        <source>A bot token is set.</source>
        <translation>A bot token is set.</translation>
    </message>
    <message>
        <source>No bot token is set.</source>
        <translation>No bot token is set.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <source>Saved, with %1 warnings.</source>
        <translation>Saved, with %1 warnings.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Discard your changes and load the saved settings?</source>
        <translation>Discard your changes and load the saved settings?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>Paste the token first.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>The token is stored in the keychain.</translation>
    </message>
    <message>
        <source>The token is stored in the settings file.</source>
        <translation>The token is stored in the settings file.</translation>
    </message>
    <message>
        <source>The keychain was not used: %1</source>
        <translation>The keychain was not used: %1</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>Asking Discord…</translation>
    </message>
    <message>
        <source>Discord accepts the token: %1 (id %2).</source>
        <translation>Discord accepts the token: %1 (id %2).</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>Nothing to choose from.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>announcement</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Choose channels from Discord</source>
        <translation>Choose channels from Discord</translation>
    </message>
    <message>
        <source>Choose containers from Docker</source>
        <translation>Choose containers from Docker</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot token</translation>
    </message>
    <message>
        <source>The token is never shown. A new one replaces the stored one.</source>
        <translation>The token is never shown. A new one replaces the stored one.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>New token</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Set token</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Check token</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm service</translation>
    </message>
</context>
</TS>
