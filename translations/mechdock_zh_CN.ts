<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>WebPasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Leave out spaces at the start and the end.</source>
        <translation>开头和结尾不要有空格。</translation>
    </message>
    <message>
        <source>Too predictable: avoid repeated characters and runs like &quot;abcd&quot; or &quot;1234&quot;.</source>
        <translation>太容易猜到：请避免重复字符以及“abcd”或“1234”这样的连续序列。</translation>
    </message>
    <message>
        <source>This password is among the first ones an attacker tries; choose another.</source>
        <translation>这是攻击者最先尝试的密码之一；请另选一个。</translation>
    </message>
    <message>
        <source>Under %1 characters, mix at least three of: lower case, upper case, digits, symbols. Or use a longer passphrase.</source>
        <translation>少于 %1 个字符时，请至少混合以下四类中的三类：小写字母、大写字母、数字、符号。或者使用更长的密码短语。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>服务器返回了 %1。</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>引擎拒绝了该请求。</translation>
    </message>
    <message>
        <source>The engine reported an error.</source>
        <translation>引擎报告了一个错误。</translation>
    </message>
    <message>
        <source>The connection to the engine was lost.</source>
        <translation>与引擎的连接已断开。</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>连接已断开；正在重新连接…</translation>
    </message>
    <message>
        <source>Not connected to the engine; please try again.</source>
        <translation>未连接到引擎；请重试。</translation>
    </message>
    <message>
        <source>The engine did not answer in time.</source>
        <translation>引擎未及时响应。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>机器人：%1</translation>
    </message>
    <message>
        <source>Your session ended; please log in again.</source>
        <translation>您的会话已结束；请重新登录。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to Mechdock</source>
        <translation>登录 Mechdock</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Optional when there is only one user.</source>
        <translation>只有一个用户时可不填。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Set up Mechdock</source>
        <translation>Mechdock 初始设置</translation>
    </message>
    <message>
        <source>Create the user for this web page.</source>
        <translation>为此网页创建用户。</translation>
    </message>
    <message>
        <source>The setup code is in the service&apos;s log (journalctl -u mechdock, or docker logs).</source>
        <translation>设置码位于服务的日志中（journalctl -u mechdock，或 docker logs）。</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>设置码</translation>
    </message>
    <message>
        <source>At least 12 characters; not a common password.</source>
        <translation>至少 12 个字符；不能是常见密码。</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Please enter the setup code.</source>
        <translation>请输入设置码。</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Please enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
</context>
<context>
    <name>mechdock::LinearRegex</name>
    <message>
        <source>the regular expression is longer than %1 characters</source>
        <translation>正则表达式超过 %1 个字符</translation>
    </message>
    <message>
        <source>the regular expression does not compile: %1</source>
        <translation>正则表达式无法编译：%1</translation>
    </message>
    <message>
        <source>the regular expression is too complex (program size %1, at most %2)</source>
        <translation>正则表达式过于复杂（程序大小 %1，最多 %2）</translation>
    </message>
</context>
<context>
    <name>mechdock::app</name>
    <message>
        <source>usage: mechdock anim info FILE
       mechdock anim retime IN OUT --speed S [--min-frame-ms MS]
       mechdock anim resize IN OUT --width W [--quality Q]</source>
        <translation>用法：mechdock anim info 文件
      mechdock anim retime 输入 输出 --speed S [--min-frame-ms MS]
      mechdock anim resize 输入 输出 --width W [--quality Q]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes)</source>
        <translation>%1：文件过大（%2 字节）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>file:      %1</source>
        <translation>文件：      %1</translation>
    </message>
    <message>
        <source>size:      %1x%2</source>
        <translation>尺寸：      %1x%2</translation>
    </message>
    <message>
        <source>frames:    %1</source>
        <translation>帧数：      %1</translation>
    </message>
    <message>
        <source>loop:      %1</source>
        <translation>循环：      %1</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>无限</translation>
    </message>
    <message>
        <source>alpha:     %1</source>
        <translation>透明通道：  %1</translation>
    </message>
    <message>
        <source>lossless:  %1</source>
        <translation>无损：      %1</translation>
    </message>
    <message>
        <source>durations: %1 ms (total %2 ms)</source>
        <translation>帧时长：    %1 ms（总计 %2 ms）</translation>
    </message>
    <message>
        <source>bytes:     %1</source>
        <translation>字节数：    %1</translation>
    </message>
    <message>
        <source>; no task imported</source>
        <translation>；未导入任何任务</translation>
    </message>
    <message>
        <source>; task not imported</source>
        <translation>；任务未导入</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2; no task imported</source>
        <translation>无法打开数据库 %1：%2；未导入任何任务</translation>
    </message>
    <message>
        <source>the stored tasks cannot be read: %1; no task imported</source>
        <translation>无法读取已保存的任务：%1；未导入任何任务</translation>
    </message>
    <message>
        <source>acts on container &quot;%1&quot;, which has no entry in the settings; imported anyway</source>
        <translation>作用于容器“%1”，但设置中没有该容器；仍已导入</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>No display found: running headless, as with --service.</source>
        <translation>未找到显示器：以无界面方式运行，与 --service 相同。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有响应</translation>
    </message>
    <message>
        <source>The system service runs on this computer, but its control socket %1 cannot be reached: %2</source>
        <translation>系统服务正在本机上运行，但无法访问其控制套接字 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the service&apos;s cool-downs and audit. Check that it runs (systemctl status mechdock); if the socket refuses you, run this as root or as a member of the group its control.socketGroup names.</source>
        <translation>未执行任何操作：直接操作 Docker 会绕过服务的冷却时间和审计。请检查服务是否在运行（systemctl status mechdock）；如果套接字拒绝访问，请以 root 身份或以其 control.socketGroup 所指定组的成员身份运行此命令。</translation>
    </message>
    <message>
        <source>An engine holds the lock of the data folder %1 (%2, process %3 on %4, since %5), but its control socket %6 cannot be reached: %7</source>
        <translation>一个引擎持有数据文件夹 %1 的锁（%2，%4 上的进程 %3，自 %5 起），但无法访问其控制套接字 %6：%7</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>Nothing was done: acting on Docker directly would bypass the engine&apos;s cool-downs and audit. Check that engine (or stop it to act without it).</source>
        <translation>未执行任何操作：直接操作 Docker 会绕过引擎的冷却时间和审计。请检查该引擎（或将其停止，以便不经过它直接操作）。</translation>
    </message>
    <message>
        <source>Cannot tell whether an engine runs on the data folder %1 (%2), and its control socket %3 cannot be reached: %4</source>
        <translation>无法确定是否有引擎在数据文件夹 %1 上运行（%2），且无法访问其控制套接字 %3：%4</translation>
    </message>
    <message>
        <source>Nothing was done: run this as the engine&apos;s user (or a member of its control.socketGroup), or pass the right --data-dir.</source>
        <translation>未执行任何操作：请以引擎的用户身份（或其 control.socketGroup 的成员身份）运行此命令，或指定正确的 --data-dir。</translation>
    </message>
    <message>
        <source>%1: the engine did not answer within %2 s; the action may still complete (see its audit log)</source>
        <translation>%1：引擎在 %2 秒内没有响应；该操作仍可能完成（请查看其审计日志）</translation>
    </message>
    <message>
        <source>%1 has errors, and the engine would not start with it; fix them first (see mechdock check-config).</source>
        <translation>%1 有错误，引擎无法以此启动；请先修正（参见 mechdock check-config）。</translation>
    </message>
    <message>
        <source>No certificate for the remote control API: %1</source>
        <translation>远程控制 API 没有证书：%1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (control.certFile):</source>
        <translation>%1 的 SHA-256 指纹（control.certFile）：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed, made now; the engine uses it from now on):</source>
        <translation>%1 的 SHA-256 指纹（自签名，刚刚生成；引擎今后将使用它）：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1 (self-signed):</source>
        <translation>%1 的 SHA-256 指纹（自签名）：</translation>
    </message>
    <message>
        <source>Remote access is off (control.remoteListen is empty); this is the certificate it would present.</source>
        <translation>远程访问已关闭（control.remoteListen 为空）；以下是它将出示的证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a key: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不能用作密钥名称：请使用 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before adding a key. Nothing was written.</source>
        <translation>%1 有错误；请先修正（参见 mechdock check-config）再添加密钥。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 already has an API key named &quot;%2&quot;; choose another name, or remove that entry from control.apiKeys first. Nothing was written.</source>
        <translation>%1 中已有名为“%2”的 API 密钥；请换一个名称，或先从 control.apiKeys 中移除该条目。未写入任何内容。</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>未添加密钥：%1</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot; added to %2. This is the only time it is shown: Mechdock stores only its hash, never the key in clear.</source>
        <translation>API 密钥“%1”已添加到 %2。这是它唯一一次显示：Mechdock 只保存其哈希值，从不保存明文密钥。</translation>
    </message>
    <message>
        <source>A running engine picks it up when it reloads its settings (SIGHUP, e.g. systemctl reload mechdock).</source>
        <translation>正在运行的引擎会在重新加载设置时启用它（SIGHUP，例如 systemctl reload mechdock）。</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>Docker 没有应答</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm 服务</translation>
    </message>
</context>
<context>
    <name>mechdock::app::AnimCommand</name>
    <message>
        <source>Show, re-time or resize an animated WebP.

  info FILE                 canvas, frames, loop, alpha, lossless, durations, bytes
  retime IN OUT --speed S   change the speed (0 &lt; S &lt;= 10) without re-encoding
  resize IN OUT --width W   resize frame by frame, keeping the aspect ratio</source>
        <translation>显示、调整时序或缩放动画 WebP。

  info 文件                 画布、帧、循环、透明通道、无损、帧时长、字节数
  retime 输入 输出 --speed S   改变速度（0 &lt; S &lt;= 10），无需重新编码
  resize 输入 输出 --width W   逐帧缩放，保持宽高比</translation>
    </message>
    <message>
        <source>Speed factor: 1.3 plays 30 % faster.</source>
        <translation>速度系数：1.3 表示播放快 30 %。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Shortest frame duration written (default 20).</source>
        <translation>写入的最短帧时长（默认 20）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Output width in pixels.</source>
        <translation>输出宽度（像素）。</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Lossy quality 0-100; without it a lossless input stays lossless.</source>
        <translation>有损质量 0-100；不指定时，无损输入保持无损。</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>info, retime or resize</source>
        <translation>info、retime 或 resize</translation>
    </message>
    <message>
        <source>retime needs --speed S with 0 &lt; S &lt;= 10 and an optional --min-frame-ms from 0 to 60000</source>
        <translation>retime 需要 --speed S（0 &lt; S &lt;= 10），可选 --min-frame-ms（0 到 60000）</translation>
    </message>
    <message>
        <source>resize needs --width W (1 to 16384) and an optional --quality 0-100</source>
        <translation>resize 需要 --width W（1 到 16384），可选 --quality 0-100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes written</source>
        <translation>%1：已写入 %2 字节</translation>
    </message>
</context>
<context>
    <name>mechdock::app::CheckConfigCommand</name>
    <message>
        <source>Checks a Mechdock settings file and the environment.</source>
        <translation>检查 Mechdock 设置文件和环境变量。</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>设置文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Check the file alone, without environment overrides.</source>
        <translation>只检查文件本身，不应用环境变量覆盖。</translation>
    </message>
    <message>
        <source>check-config takes at most one path</source>
        <translation>check-config 最多接受一个路径</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>环境：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: OK (%n warning(s))</source>
        <translation>
            <numerusform>%1：正常（%n 个警告）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::app::CommandLine</name>
    <message>
        <source>Run headless as a service (no window).</source>
        <translation>以无界面服务方式运行（不打开窗口）。</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>设置文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The folder for the database and caches.</source>
        <translation>存放数据库和缓存的目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Panel only: save a picture of every page into DIR after start-up, then quit.</source>
        <translation>仅面板：启动后将每个页面的截图保存到 DIR，然后退出。</translation>
    </message>
    <message>
        <source>The panel&apos;s language (en, de, fr, zh_CN).</source>
        <translation>面板的语言（en、de、fr、zh_CN）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Mechdock: a Docker control panel with an integrated Discord bot.</source>
        <translation>Mechdock：集成 Discord 机器人的 Docker 控制面板。</translation>
    </message>
    <message>
        <source>mechdockd: the headless Mechdock service. Without a sub-command it runs the service, as mechdock --service does, without any graphical library.</source>
        <translation>mechdockd：无界面的 Mechdock 服务。不带子命令时运行服务，与 mechdock --service 相同，但不加载任何图形库。</translation>
    </message>
    <message>
        <source>The language of messages (en, de, fr, zh_CN).</source>
        <translation>消息的语言（en、de、fr、zh_CN）。</translation>
    </message>
    <message>
        <source>Unknown sub-command &quot;%1&quot;; see %2 --help</source>
        <translation>未知的子命令“%1”；请参阅 %2 --help</translation>
    </message>
    <message>
        <source>Panel only: attach to a running engine: the path of its control.sock or wss://host:port (the API key from MECHDOCK_CONTROL_KEY).</source>
        <translation>仅面板：连接到正在运行的引擎：其 control.sock 的路径或 wss://host:port（API 密钥取自 MECHDOCK_CONTROL_KEY）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ContainersCommand</name>
    <message>
        <source>The settings file.</source>
        <translation>设置文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>%1 is not configured in %2</source>
        <translation>%1 未在 %2 中配置</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>no answer from Docker</source>
        <translation>Docker 没有响应</translation>
    </message>
    <message>
        <source>The data folder of the engine to act through, if one runs (default: %1).</source>
        <translation>经由其执行操作的引擎（如有引擎在运行）的数据文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Show every container of the endpoints, not only the ones configured for Discord.</source>
        <translation>显示各端点上的所有容器，而不仅是为 Discord 配置的容器。</translation>
    </message>
    <message>
        <source>DISCORD</source>
        <translation>DISCORD</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) on the endpoints are not configured for Discord and not shown: mechdock containers --all lists them. Add one with the panel&apos;s Containers page (Add to Discord) or under &quot;containers&quot; in the settings file.</source>
        <translation>
            <numerusform>端点上有 %n 个容器未为 Discord 配置，因此未显示：mechdock containers --all 会列出它们。可在面板的“容器”页面（添加到 Discord）或设置文件的 &quot;containers&quot; 中添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the configured containers, or start, stop, restart or update one. When an engine (mechdockd, mechdock --service or the panel) runs on the data folder, or the system service runs and neither --config nor --data-dir is given, an action goes through it: its settings, cool-downs and audit apply.</source>
        <translation>显示已配置的容器，或启动、停止、重启或更新其中一个。当有引擎（mechdockd、mechdock --service 或面板）在数据文件夹上运行，或系统服务正在运行且未指定 --config 和 --data-dir 时，操作将通过该引擎执行：其设置、冷却时间和审计均适用。</translation>
    </message>
    <message>
        <source>start, stop, restart or update</source>
        <translation>启动、停止、重启或更新</translation>
    </message>
    <message>
        <source>usage: mechdock containers [start|stop|restart|update NAME]</source>
        <translation>用法：mechdock containers [start|stop|restart|update NAME]</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use start, stop, restart or update</source>
        <translation>未知操作“%1”：请使用 start、stop、restart 或 update</translation>
    </message>
    <message>
        <source>no answer from Docker within %1 s</source>
        <translation>Docker 在 %1 秒内无响应</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ControlCommand</name>
    <message>
        <source>The remote control API&apos;s credentials. fingerprint: print the SHA-256 fingerprint of the certificate it presents, for clients to confirm. add-key NAME: make an API key, store its hash in control.apiKeys and print the key once.</source>
        <translation>远程控制 API 的凭据。fingerprint：输出它所出示证书的 SHA-256 指纹，供客户端确认。add-key 名称：生成 API 密钥，将其哈希值保存到 control.apiKeys，并输出一次该密钥。</translation>
    </message>
    <message>
        <source>The settings file (default: %1).</source>
        <translation>设置文件（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The data folder, where the self-signed certificate is kept (default: %1).</source>
        <translation>数据文件夹，自签名证书保存在其中（默认：%1）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>fingerprint, or add-key NAME</source>
        <translation>fingerprint 或 add-key 名称</translation>
    </message>
    <message>
        <source>usage: mechdock control fingerprint | add-key NAME [--config PATH] [--data-dir DIR]</source>
        <translation>用法：mechdock control fingerprint | add-key 名称 [--config 路径] [--data-dir 文件夹]</translation>
    </message>
</context>
<context>
    <name>mechdock::app::GuiRunner</name>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>无法锁定数据文件夹：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an engine&apos;s address: use the path of its control.sock or wss://host:port.</source>
        <translation>“%1”不是引擎的地址：请使用其 control.sock 的路径或 wss://host:port。</translation>
    </message>
    <message>
        <source>The system service runs here; the panel attaches to %1.</source>
        <translation>系统服务正在本机运行；面板将连接到 %1。</translation>
    </message>
    <message>
        <source>%1 (process %2) runs the engine of %3; the panel attaches to it.</source>
        <translation>%1（进程 %2）正在运行 %3 的引擎；面板将连接到它。</translation>
    </message>
</context>
<context>
    <name>mechdock::app::HealthCommand</name>
    <message>
        <source>Asks the running Mechdock service whether it is healthy. Exit code 0: healthy, 1: unhealthy, 2: no verdict (the endpoint is off, unreachable or refuses the token).</source>
        <translation>询问正在运行的 Mechdock 服务是否健康。退出码 0：健康；1：不健康；2：没有结论（端点已关闭、无法访问或拒绝令牌）。</translation>
    </message>
    <message>
        <source>The settings file with http.listen and http.bearerToken (default: %1).</source>
        <translation>包含 http.listen 和 http.bearerToken 的设置文件（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Ask this URL instead of the one the settings give.</source>
        <translation>询问此 URL，而不是设置中给出的地址。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 5).</source>
        <translation>在这么多秒后放弃（默认 5）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>health takes no arguments; see mechdock health --help</source>
        <translation>health 不接受参数；请参阅 mechdock health --help</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 600</source>
        <translation>--timeout 需要 0 到 600 之间的秒数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// URL</source>
        <translation>“%1”不是 http:// URL</translation>
    </message>
    <message>
        <source>The health endpoint is off: http.listen is empty (settings %1, or MECHDOCK_HTTP_LISTEN). Set it, e.g. to 127.0.0.1:9374, and restart the service.</source>
        <translation>健康端点已关闭：http.listen 为空（设置 %1，或 MECHDOCK_HTTP_LISTEN）。请设置它，例如 127.0.0.1:9374，然后重启服务。</translation>
    </message>
    <message>
        <source>http.listen &quot;%1&quot; is not ADDRESS:PORT (settings %2)</source>
        <translation>http.listen“%1”不是 地址:端口 格式（设置 %2）</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有应答</translation>
    </message>
    <message>
        <source>unreachable: %1: %2. Is the service running, and does http.listen match its settings?</source>
        <translation>无法访问：%1：%2。服务是否在运行？http.listen 是否与其设置一致？</translation>
    </message>
    <message>
        <source>refused: %1 wants a token; set http.bearerToken or MECHDOCK_HTTP_TOKEN to the service&apos;s.</source>
        <translation>被拒绝：%1 需要令牌；请将 http.bearerToken 或 MECHDOCK_HTTP_TOKEN 设为服务所用的令牌。</translation>
    </message>
    <message>
        <source>healthy: %1</source>
        <translation>健康：%1</translation>
    </message>
    <message>
        <source>unhealthy: %1</source>
        <translation>不健康：%1</translation>
    </message>
    <message>
        <source>no verdict: %1 answered HTTP %2</source>
        <translation>没有结论：%1 返回了 HTTP %2</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ImportDdcCommand</name>
    <message>
        <source>Imports a DockerDiscordControl config folder (containers, channels, admins, settings, scheduled tasks) into Mechdock.</source>
        <translation>将 DockerDiscordControl 配置文件夹（容器、频道、管理员、设置、计划任务）导入 Mechdock。</translation>
    </message>
    <message>
        <source>DDC&apos;s config folder (the one holding config.json or bot_config.json, containers/, channels/, tasks.json).</source>
        <translation>DDC 的配置文件夹（包含 config.json 或 bot_config.json、containers/、channels/、tasks.json 的文件夹）。</translation>
    </message>
    <message>
        <source>The settings file to merge into (default: %1).</source>
        <translation>要合并到的设置文件（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The folder of the database (default: %1).</source>
        <translation>数据库所在文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>显示将要导入的内容，不写入任何文件。</translation>
    </message>
    <message>
        <source>Store the bot token in the settings file (readable by its owner only) instead of the keychain.</source>
        <translation>将机器人令牌保存在设置文件中（仅所有者可读），而不是钥匙串中。</translation>
    </message>
    <message>
        <source>usage: mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]</source>
        <translation>用法：mechdock import-ddc 文件夹 [--config 路径] [--data-dir 文件夹] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 has errors; fix them (see mechdock check-config) before importing. Nothing was written.</source>
        <translation>%1 有错误；请先修正（参见 mechdock check-config）再导入。未写入任何内容。</translation>
    </message>
    <message>
        <source>The merged settings are not valid; nothing was written.</source>
        <translation>合并后的设置无效；未写入任何内容。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>The bot token would be stored in %1.</source>
        <translation>机器人令牌将保存在 %1 中。</translation>
    </message>
    <message>
        <source>The bot token is stored in %1 (owner-only).</source>
        <translation>机器人令牌已保存在 %1 中（仅所有者可读）。</translation>
    </message>
    <message>
        <source>The bot token from %1 would be stored in the keychain.</source>
        <translation>来自 %1 的机器人令牌将保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The bot token is stored in the keychain.</source>
        <translation>机器人令牌已保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The bot token from %1 was NOT stored: %2. Set DISCORD_BOT_TOKEN in Mechdock&apos;s environment, or run again with --token-in-file.</source>
        <translation>来自 %1 的机器人令牌未能保存：%2。请在 Mechdock 的环境中设置 DISCORD_BOT_TOKEN，或加上 --token-in-file 重新运行。</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. From %1 Mechdock would import:</source>
        <translation>试运行，未写入任何内容。Mechdock 将从 %1 导入：</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>已从 %1 导入：</translation>
    </message>
    <message>
        <source>%1 containers, %2 channels, %3 admins, %4 tasks imported</source>
        <translation>已导入 %1 个容器、%2 个频道、%3 个管理员、%4 个任务</translation>
    </message>
    <message>
        <source>Settings written to %1</source>
        <translation>设置已写入 %1</translation>
    </message>
    <message>
        <source>Scheduled tasks stored in %1</source>
        <translation>计划任务已保存到 %1</translation>
    </message>
    <message>
        <source>could not map: %1</source>
        <translation>无法映射：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::app::ServiceRunner</name>
    <message>
        <source>Mechdock %1 starting as a service</source>
        <translation>Mechdock %1 正以服务方式启动</translation>
    </message>
    <message>
        <source>Settings: %1%2</source>
        <translation>设置：%1%2</translation>
    </message>
    <message>
        <source> (not found: using defaults)</source>
        <translation> （未找到：使用默认值）</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Environment override: %1</source>
        <translation>环境变量覆盖：%1</translation>
    </message>
    <message>
        <source>Refusing to start: fix the settings above (mechdock check-config %1 lists them).</source>
        <translation>拒绝启动：请修正上述设置（mechdock check-config %1 会列出它们）。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check its owner and permissions, or pass --data-dir.</source>
        <translation>无法创建数据文件夹 %1：请检查其所有者和权限，或使用 --data-dir。</translation>
    </message>
    <message>
        <source>Signal %1: shutting down</source>
        <translation>信号 %1：正在关闭</translation>
    </message>
    <message>
        <source>The service thread did not stop in time</source>
        <translation>服务线程未能及时停止</translation>
    </message>
    <message>
        <source>Reload refused: the settings file has errors; keeping the running settings.</source>
        <translation>拒绝重新加载：设置文件有错误；继续使用当前运行的设置。</translation>
    </message>
    <message>
        <source>configuration reloaded</source>
        <translation>配置已重新加载</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>bot %1; %2 of %3 Docker endpoints reachable</source>
        <translation>机器人 %1；%3 个 Docker 端点中 %2 个可达</translation>
    </message>
    <message>
        <source>Another Mechdock engine already runs on the data folder %1 (%2, process %3 on %4, since %5). Stop it first, or give this one its own --data-dir.</source>
        <translation>另一个 Mechdock 引擎已在数据文件夹 %1 上运行（%2，%4 上的进程 %3，自 %5 起）。请先停止它，或为此实例指定单独的 --data-dir。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>Cannot lock the data folder: %1</source>
        <translation>无法锁定数据文件夹：%1</translation>
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
  control fingerprint | add-key NAME  the remote control API&apos;s certificate
                                  fingerprint, or a new API key
  health [--config PATH]          ask the running service&apos;s /health endpoint
  schedule preview EXPRESSION     show the next run times of a schedule
  import-ddc DIR [--dry-run]      import a DockerDiscordControl config folder</source>
        <translation>子命令：
  anim info|retime|resize ...     查看、重新调速或缩放动画 WebP
  check-config [路径]             检查设置文件
  containers [start|stop|restart 名称]  显示或控制已配置的容器
                                  （如有正在运行的引擎，则经由该引擎）
  control fingerprint | add-key 名称  输出远程控制 API 的证书指纹，
                                  或生成新的 API 密钥
  health [--config 路径]          询问正在运行的服务的 /health 端点
  schedule preview 表达式         显示计划的下几次运行时间
  import-ddc 目录 [--dry-run]     导入 DockerDiscordControl 配置目录</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionDecision</name>
    <message>
        <source>would not fire: %1</source>
        <translation>不会触发：%1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1（已跳过：%2）</translation>
    </message>
    <message>
        <source>would only notify</source>
        <translation>仅会发送通知</translation>
    </message>
    <message>
        <source>would %1 %2</source>
        <translation>将会 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n second(s)</source>
        <translation>
            <numerusform>%n 秒后</numerusform>
        </translation>
    </message>
    <message>
        <source>silently</source>
        <translation>静默</translation>
    </message>
    <message>
        <source>notifying &lt;#%1&gt;</source>
        <translation>通知 &lt;#%1&gt;</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionEngine</name>
    <message>
        <source>Auto-action left out: %1</source>
        <translation>已略过自动操作：%1</translation>
    </message>
    <message>
        <source>protected: no rule may touch it</source>
        <translation>受保护：任何规则都不得操作它</translation>
    </message>
    <message>
        <source>its state is not known</source>
        <translation>其状态未知</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>only if running, and it is not</source>
        <translation>仅在运行时执行，但它未运行</translation>
    </message>
    <message>
        <source>only if stopped, and it runs</source>
        <translation>仅在停止时执行，但它正在运行</translation>
    </message>
    <message>
        <source>auto-actions are switched off (autoActions.enabled)</source>
        <translation>自动操作已关闭（autoActions.enabled）</translation>
    </message>
    <message>
        <source>the rule is disabled</source>
        <translation>该规则已禁用</translation>
    </message>
    <message>
        <source>the rule cools down for %1 more s</source>
        <translation>该规则仍需冷却 %1 秒</translation>
    </message>
    <message>
        <source>the global cool-down lasts %1 more s</source>
        <translation>全局冷却时间还剩 %1 秒</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; matched message %2 but %3</source>
        <translation>自动操作“%1”匹配了消息 %2，但%3</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; not run: %2 firings are already waiting</source>
        <translation>自动操作“%1”未执行：已有 %2 次触发在等待</translation>
    </message>
    <message>
        <source>Auto-action &quot;%1&quot; fired on message %2 by %3</source>
        <translation>自动操作“%1”由 %3 的消息 %2 触发</translation>
    </message>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>此服务中未运行 Docker。</translation>
    </message>
    <message>
        <source>auto-action &quot;%1&quot; on message %2 by %3</source>
        <translation>%3 的消息 %2 触发的自动操作“%1”</translation>
    </message>
    <message>
        <source>Auto-action **%1** fired on a message by %2 in &lt;#%3&gt;.</source>
        <translation>自动操作 **%1** 由 %2 在 &lt;#%3&gt; 中的消息触发。</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionMatcher</name>
    <message>
        <source>the message is in another channel</source>
        <translation>该消息位于其他频道</translation>
    </message>
    <message>
        <source>the author is not one the rule listens to</source>
        <translation>该作者不在规则监听的范围内</translation>
    </message>
    <message>
        <source>the author is excluded</source>
        <translation>该作者已被排除</translation>
    </message>
    <message>
        <source>the ignore keyword &quot;%1&quot; occurs</source>
        <translation>出现了忽略关键词“%1”</translation>
    </message>
    <message>
        <source>the required keyword &quot;%1&quot; is missing</source>
        <translation>缺少必需关键词“%1”</translation>
    </message>
    <message>
        <source>none of the keywords occurs</source>
        <translation>未出现任何关键词</translation>
    </message>
    <message>
        <source>not every keyword occurs (missing %1)</source>
        <translation>并非所有关键词都出现（缺少 %1）</translation>
    </message>
    <message>
        <source>the regular expression does not match</source>
        <translation>正则表达式不匹配</translation>
    </message>
    <message>
        <source>keywords %1</source>
        <translation>关键词 %1</translation>
    </message>
    <message>
        <source>required %1</source>
        <translation>必需 %1</translation>
    </message>
    <message>
        <source>the regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>匹配：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::automation::AutoActionRule</name>
    <message>
        <source>rule &quot;%1&quot;: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
    <message>
        <source>unknown author mode &quot;%1&quot;</source>
        <translation>未知作者模式“%1”</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>未知条件“%1”</translation>
    </message>
    <message>
        <source>it searches nowhere</source>
        <translation>它没有任何搜索范围</translation>
    </message>
    <message>
        <source>it has neither keywords nor a regular expression</source>
        <translation>它既没有关键词也没有正则表达式</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>未知操作“%1”</translation>
    </message>
    <message>
        <source>it names no container</source>
        <translation>它未指定任何容器</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::InteractionHandler</name>
    <message>
        <source>Ignored a malformed interaction: %1</source>
        <translation>已忽略格式错误的交互：%1</translation>
    </message>
    <message>
        <source>Sorry, this request could not be read.</source>
        <translation>抱歉，无法读取此请求。</translation>
    </message>
    <message>
        <source>This kind of request is not supported.</source>
        <translation>不支持此类请求。</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>未知容器。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>/serverstatus or /ss shows all containers. /info shows one. Buttons in control channels start, stop and restart containers. /control, /force_cleanup and /schedule are for admins. /ping, /system_health, /performance_metrics, /memory_optimization and /security_status show how Mechdock is doing.</source>
        <translation>/serverstatus 或 /ss 显示所有容器，/info 显示单个容器。控制频道中的按钮可以启动、停止和重启容器。/control、/force_cleanup 和 /schedule 仅供管理员使用。/ping、/system_health、/performance_metrics、/memory_optimization 和 /security_status 显示 Mechdock 的运行情况。</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: not measured yet.</source>
        <translation>Pong。网关延迟：尚未测量。</translation>
    </message>
    <message>
        <source>Pong. Gateway latency: %1 ms.</source>
        <translation>Pong。网关延迟：%1 ms。</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents above 0.</source>
        <translation>金额必须是大于 0 的整数（单位：分）。</translation>
    </message>
    <message>
        <source>Cool-downs: %1 allowed, %2 refused by cool-down, %3 by the per-minute caps; %4 users tracked.</source>
        <translation>冷却：允许 %1 次，因冷却时间拒绝 %2 次，因每分钟上限拒绝 %3 次；跟踪用户 %4 个。</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>未知命令。</translation>
    </message>
    <message>
        <source>This button does not belong to Mechdock.</source>
        <translation>此按钮不属于 Mechdock。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restart every container you allow to be restarted?</source>
        <translation>重启所有允许重启的容器？</translation>
    </message>
    <message>
        <source>Stop every container you allow to be stopped?</source>
        <translation>停止所有允许停止的容器？</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>⏳ %1 pending…</source>
        <translation>⏳ %1 处理中…</translation>
    </message>
    <message>
        <source>No container allows this action.</source>
        <translation>没有容器允许此操作。</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in a few minutes.</source>
        <translation>错误密码次数过多；请几分钟后再试。</translation>
    </message>
    <message>
        <source>More is protected by a password.</source>
        <translation>更多内容受密码保护。</translation>
    </message>
    <message>
        <source>🔒 Show protected info</source>
        <translation>🔒 显示受保护的信息</translation>
    </message>
    <message>
        <source>This container has no protected info.</source>
        <translation>此容器没有受保护的信息。</translation>
    </message>
    <message>
        <source>Protected info</source>
        <translation>受保护的信息</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add a Mechdock admin</source>
        <translation>添加 Mechdock 管理员</translation>
    </message>
    <message>
        <source>Remove a Mechdock admin</source>
        <translation>移除 Mechdock 管理员</translation>
    </message>
    <message>
        <source>User id or @mention</source>
        <translation>用户 ID 或 @提及</translation>
    </message>
    <message>
        <source>e.g. 123456789012345678</source>
        <translation>例如 123456789012345678</translation>
    </message>
    <message>
        <source>That is not a user id or mention. Type @ and pick the user, or paste the id (Developer Mode → Copy User ID).</source>
        <translation>这不是用户 ID 或提及。请输入 @ 并选择用户，或粘贴 ID（开发者模式 → 复制用户 ID）。</translation>
    </message>
    <message>
        <source>This form does not belong to Mechdock.</source>
        <translation>此表单不属于 Mechdock。</translation>
    </message>
    <message>
        <source>Auto-actions are not available.</source>
        <translation>自动操作不可用。</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>更新 %1？将拉取其镜像；如有变化，会以相同设置据此重新创建容器，若新容器无法启动则恢复旧容器。</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::LogFollower</name>
    <message>
        <source>⏹ Stop following</source>
        <translation>⏹ 停止跟随</translation>
    </message>
    <message>
        <source>🔄 Refresh</source>
        <translation>🔄 刷新</translation>
    </message>
    <message>
        <source>⏹ Not following any more. Refresh to follow again.</source>
        <translation>⏹ 已停止跟随。点击刷新可重新跟随。</translation>
    </message>
    <message numerus="yes">
        <source>🔄 Following: new lines every %1 s, %n more time(s).</source>
        <translation>
            <numerusform>🔄 跟随中：每 %1 秒更新，还剩 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>**%1**: the last lines of its log</source>
        <translation>**%1**：日志的最后几行</translation>
    </message>
</context>
<context>
    <name>mechdock::bot::StatusMessageBuilder</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>No containers are configured yet.</source>
        <translation>尚未配置任何容器。</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%2 个中 %1 个正在运行</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Restart all</source>
        <translation>全部重启</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm 服务</translation>
    </message>
    <message>
        <source>Swarm service, %1/%2 tasks</source>
        <translation>Swarm 服务，%1/%2 个任务</translation>
    </message>
</context>
<context>
    <name>mechdock::client::InProcessEngineClient</name>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The engine&apos;s control API is not running; restart Mechdock.</source>
        <translation>引擎的控制 API 未运行；请重启 Mechdock。</translation>
    </message>
</context>
<context>
    <name>mechdock::client::LocalClientTransport</name>
    <message>
        <source>The engine closed the connection.</source>
        <translation>引擎关闭了连接。</translation>
    </message>
    <message>
        <source>The engine sent a message larger than %1 bytes.</source>
        <translation>引擎发送的消息大于 %1 字节。</translation>
    </message>
    <message>
        <source>No engine is listening on %1.</source>
        <translation>没有引擎在 %1 上监听。</translation>
    </message>
    <message>
        <source>The engine&apos;s socket %1 refused the connection (is the service running?).</source>
        <translation>引擎的套接字 %1 拒绝了连接（服务是否在运行？）。</translation>
    </message>
    <message>
        <source>No permission to open %1: run the panel as the service&apos;s user or as a member of its control.socketGroup.</source>
        <translation>没有打开 %1 的权限：请以服务的用户身份或其 control.socketGroup 的成员身份运行面板。</translation>
    </message>
</context>
<context>
    <name>mechdock::client::RemoteEngineClient</name>
    <message>
        <source>The connection was replaced.</source>
        <translation>连接已被替换。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) has not been confirmed.</source>
        <translation>服务器的证书（SHA-256 %1）尚未确认。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
    <message>
        <source>The engine sent something that is not the control API (%1).</source>
        <translation>引擎发送的内容不属于控制 API（%1）。</translation>
    </message>
    <message>
        <source>The engine speaks control protocol %1, this panel %2: update the older one.</source>
        <translation>引擎使用控制协议 %1，本面板使用 %2：请更新较旧的一方。</translation>
    </message>
    <message>
        <source>This engine needs an API key or a password.</source>
        <translation>此引擎需要 API 密钥或密码。</translation>
    </message>
    <message>
        <source>Not connected to the engine: %1</source>
        <translation>未连接到引擎：%1</translation>
    </message>
    <message>
        <source>The engine did not answer within %1 s.</source>
        <translation>引擎在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>Not connected to the engine yet.</source>
        <translation>尚未连接到引擎。</translation>
    </message>
</context>
<context>
    <name>mechdock::client::TlsClientTransport</name>
    <message>
        <source>The engine sent binary data, which the control API never does.</source>
        <translation>引擎发送了二进制数据，而控制 API 从不发送二进制数据。</translation>
    </message>
    <message>
        <source>The engine closed the connection.</source>
        <translation>引擎关闭了连接。</translation>
    </message>
    <message>
        <source>The engine stopped answering (no reply for %1 s).</source>
        <translation>引擎已停止响应（%1 秒内无回复）。</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate changed: its fingerprint is %1, the confirmed one was %2. If the server&apos;s certificate was replaced on purpose, connect again and confirm the new one.</source>
        <translation>引擎的证书已更改：其指纹为 %1，已确认的指纹为 %2。如果服务器的证书是有意更换的，请重新连接并确认新证书。</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate (fingerprint %1) is not confirmed yet.</source>
        <translation>引擎的证书（指纹 %1）尚未确认。</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate changed: its fingerprint is %1, the confirmed one was %2.</source>
        <translation>引擎的证书已更改：其指纹为 %1，已确认的指纹为 %2。</translation>
    </message>
</context>
<context>
    <name>mechdock::config</name>
    <message>
        <source>the keychain needs a running application</source>
        <translation>钥匙串需要正在运行的应用程序</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 ms</source>
        <translation>钥匙串在 %1 ms 内没有响应</translation>
    </message>
    <message>
        <source>no token is stored in the keychain</source>
        <translation>钥匙串中没有保存令牌</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a string: Discord ids do not fit a JSON number</source>
        <translation>必须是字符串：Discord ID 无法用 JSON 数字表示</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>未知设置（已忽略）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an object of name: seconds</source>
        <translation>必须是“名称: 秒数”形式的对象</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation>无法读取：%1（请检查文件的所有者和权限）</translation>
    </message>
    <message>
        <source>is not valid JSON at %1: %2</source>
        <translation>在 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>must hold a JSON object { ... }</source>
        <translation>必须包含一个 JSON 对象 { ... }</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>必须是 Discord ID（17 到 20 位数字）</translation>
    </message>
    <message>
        <source>cannot be a settings file: %1 is a file, not a folder</source>
        <translation>不能作为设置文件：%1 是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>is a folder; give the path of the settings file (mechdock.json)</source>
        <translation>是一个文件夹；请给出设置文件的路径（mechdock.json）</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, socket or device); give the path of the settings file</source>
        <translation>不是普通文件（管道、套接字或设备）；请给出设置文件的路径</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; this is not a settings file</source>
        <translation>大于 %1 MiB；这不是设置文件</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9375, or empty to turn it off</source>
        <translation>必须是 地址:端口，例如 127.0.0.1:9375，留空则关闭</translation>
    </message>
    <message>
        <source>must be a group name</source>
        <translation>必须是组名</translation>
    </message>
    <message>
        <source>control.certFile and control.keyFile go together: set both or neither</source>
        <translation>control.certFile 和 control.keyFile 必须同时设置或同时留空</translation>
    </message>
    <message>
        <source>must be a PBKDF2 hash (pbkdf2-sha256$...), never the password itself</source>
        <translation>必须是 PBKDF2 哈希值（pbkdf2-sha256$...），而不是密码本身</translation>
    </message>
    <message>
        <source>must be &quot;NAME|pbkdf2-sha256$...&quot; (made by mechdock control add-key)</source>
        <translation>必须是 &quot;NAME|pbkdf2-sha256$...&quot;（由 mechdock control add-key 生成）</translation>
    </message>
    <message>
        <source>the key name &quot;%1&quot; is used twice</source>
        <translation>密钥名称“%1”被使用了两次</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>at most %1 entries</source>
        <translation>最多 %1 项</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>必须为 1 到 %1 个字符</translation>
    </message>
    <message>
        <source>must be 1 to 100 characters</source>
        <translation>必须为 1 到 100 个字符</translation>
    </message>
    <message>
        <source>name at least one author (or authorBots, authorWebhooks) when authorMode is &quot;%1&quot;</source>
        <translation>当 authorMode 为“%1”时，请至少指定一个作者（或 authorBots、authorWebhooks）</translation>
    </message>
    <message>
        <source>a rule needs keywords, required keywords or a regular expression: without them it would fire on every message</source>
        <translation>规则需要关键词、必需关键词或正则表达式：否则它会对每条消息触发</translation>
    </message>
    <message>
        <source>allowed: 0 to %1</source>
        <translation>允许范围：0 到 %1</translation>
    </message>
    <message>
        <source>name the containers the rule %1</source>
        <translation>请指定规则要%1的容器</translation>
    </message>
    <message>
        <source>at most %1 containers</source>
        <translation>最多 %1 个容器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the containers of the settings</source>
        <translation>“%1”不在设置的容器列表中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected (autoActions.protectedContainers): no rule may touch it</source>
        <translation>“%1”受保护（autoActions.protectedContainers）：任何规则都不得操作它</translation>
    </message>
    <message>
        <source>the container does not allow &quot;%1&quot; (allowedActions): the action will be refused</source>
        <translation>该容器不允许“%1”（allowedActions）：该操作将被拒绝</translation>
    </message>
    <message>
        <source>must be a host name or an IP address (empty: 127.0.0.1)</source>
        <translation>必须是主机名或 IP 地址（留空：127.0.0.1）</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 (the protocol&apos;s usual port) to 65535</source>
        <translation>当前为 %1；允许范围：0（协议的默认端口）到 65535</translation>
    </message>
    <message>
        <source>the keychain module %1 could not be loaded: %2</source>
        <translation>无法加载密钥环模块 %1：%2</translation>
    </message>
    <message>
        <source>the keychain module %1 is not installed (looked in %2)</source>
        <translation>密钥环模块 %1 未安装（已查找：%2）</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionValidator</name>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>必须是 Discord ID（17 到 20 位数字）</translation>
    </message>
    <message>
        <source>must be &quot;name&quot; or &quot;endpoint/name&quot;</source>
        <translation>必须为“name”或“endpoint/name”</translation>
    </message>
    <message>
        <source>at most %1 rules</source>
        <translation>最多 %1 条规则</translation>
    </message>
    <message>
        <source>the rule name &quot;%1&quot; is used twice</source>
        <translation>规则名称“%1”被使用了两次</translation>
    </message>
</context>
<context>
    <name>mechdock::config::AutoActionsJson</name>
    <message>
        <source>unknown setting (ignored)</source>
        <translation>未知设置（已忽略）</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>mechdock::config::ConfigIssue</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>mechdock::config::EnvironmentOverrides</name>
    <message>
        <source>&quot;%1&quot; is not a number (sets %2)</source>
        <translation>“%1”不是数字（用于设置 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number (sets %2)</source>
        <translation>“%1”必须是整数（用于设置 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false (sets %2)</source>
        <translation>“%1”必须是 true 或 false（用于设置 %2）</translation>
    </message>
</context>
<context>
    <name>mechdock::config::Reader</name>
    <message>
        <source>cannot be read: %1 (check the file&apos;s owner and permissions)</source>
        <translation>无法读取：%1（请检查文件的所有者和权限）</translation>
    </message>
    <message>
        <source>is larger than %1 MiB; not a DDC config file, skipped</source>
        <translation>大于 %1 MiB；不是 DDC 配置文件，已跳过</translation>
    </message>
    <message>
        <source>is not valid JSON at %1 (%2); nothing from this file was imported</source>
        <translation>在 %1 处不是有效的 JSON（%2）；未从此文件导入任何内容</translation>
    </message>
    <message>
        <source>does not hold a JSON object { ... }; nothing from this file was imported</source>
        <translation>不包含 JSON 对象 { ... }；未从此文件导入任何内容</translation>
    </message>
    <message>
        <source>holds %1 files; only the first %2 were read</source>
        <translation>包含 %1 个文件；只读取了前 %2 个</translation>
    </message>
    <message>
        <source>%1 is outside Mechdock&apos;s range for %2 (%3 to %4); kept %5</source>
        <translation>%1 超出 Mechdock 对 %2 的允许范围（%3 到 %4）；保留 %5</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 holds no DockerDiscordControl config file (config.json, bot_config.json, docker_config.json, containers/, channels/, tasks.json ...)</source>
        <translation>%1 中没有 DockerDiscordControl 配置文件（config.json、bot_config.json、docker_config.json、containers/、channels/、tasks.json ...）</translation>
    </message>
    <message>
        <source>Mechdock has no &quot;%1&quot; translation (it has %2); the language was not changed</source>
        <translation>Mechdock 没有“%1”翻译（现有：%2）；语言未更改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone; scheduler.defaultTimeZone was not changed</source>
        <translation>“%1”不是已知的 IANA 时区；scheduler.defaultTimeZone 未更改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord id (17 to 20 digits, as a string); refused</source>
        <translation>“%1”不是 Discord ID（17 到 20 位数字，字符串形式）；已拒绝</translation>
    </message>
    <message>
        <source>is not a whole number of seconds; not imported</source>
        <translation>不是整数秒；未导入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path inside DDC&apos;s container; not imported. Set docker.endpoints[].uri if Mechdock needs another socket</source>
        <translation>“%1”是 DDC 容器内部的路径；未导入。如果 Mechdock 需要其他套接字，请设置 docker.endpoints[].uri</translation>
    </message>
    <message>
        <source>DDC&apos;s status watchdog pings an external URL; Mechdock sends no outgoing heartbeat. Point the monitor at Mechdock&apos;s /health endpoint (http.listen) instead</source>
        <translation>DDC 的状态看门狗会 ping 外部 URL；Mechdock 不发送外发心跳。请改为让监控指向 Mechdock 的 /health 端点（http.listen）</translation>
    </message>
    <message>
        <source>DDC no longer reads this file; nothing imported from it</source>
        <translation>DDC 已不再读取此文件；未从中导入任何内容</translation>
    </message>
    <message>
        <source>is encrypted by DDC and cannot be imported. Store the bot token on Mechdock&apos;s Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>已被 DDC 加密，无法导入。请在 Mechdock 的设置页面保存机器人令牌，或设置 DISCORD_BOT_TOKEN</translation>
    </message>
    <message>
        <source>does not look like a Discord bot token; not imported. Store the token on Mechdock&apos;s Settings page or set DISCORD_BOT_TOKEN</source>
        <translation>看起来不像 Discord 机器人令牌；未导入。请在 Mechdock 的设置页面保存令牌，或设置 DISCORD_BOT_TOKEN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; %2 not changed</source>
        <translation>“%1”不是数字；%2 未更改</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; %2 not changed</source>
        <translation>“%1”不是 true 或 false；%2 未更改</translation>
    </message>
    <message>
        <source>no Mechdock setting for %1</source>
        <translation>Mechdock 没有对应 %1 的设置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 0 to 86400 seconds; kept %2</source>
        <translation>“%1”不在 0 到 86400 秒之间；保留 %2</translation>
    </message>
    <message>
        <source>Mechdock has no cool-down for %1; those use cooldowns.defaultSec</source>
        <translation>Mechdock 没有针对 %1 的冷却时间；这些使用 cooldowns.defaultSec</translation>
    </message>
    <message>
        <source>DDC&apos;s spam protection was off; Mechdock always enforces cool-downs and per-minute limits (set them to 0 / high values to relax them)</source>
        <translation>DDC 的防刷屏保护处于关闭状态；Mechdock 始终执行冷却时间和每分钟限制（可设为 0 或较大的值来放宽）</translation>
    </message>
    <message>
        <source>DDC&apos;s web UI login is not imported: Mechdock&apos;s panel is a desktop application; its health endpoint has its own http.bearerToken</source>
        <translation>不导入 DDC 的 Web 界面登录：Mechdock 的面板是桌面应用程序；其健康检查端点有自己的 http.bearerToken</translation>
    </message>
    <message>
        <source>Mechdock has no donation key; donation links are in discord.donationLinks</source>
        <translation>Mechdock 没有捐赠密钥；捐赠链接位于 discord.donationLinks</translation>
    </message>
    <message>
        <source>use logging.rules (e.g. &quot;mechdock.scheduler.debug=true&quot;) instead</source>
        <translation>请改用 logging.rules（例如 &quot;mechdock.scheduler.debug=true&quot;）</translation>
    </message>
    <message>
        <source>DDC&apos;s log settings are not imported; see logging.* in Mechdock&apos;s settings</source>
        <translation>不导入 DDC 的日志设置；请参见 Mechdock 设置中的 logging.*</translation>
    </message>
    <message>
        <source>Mechdock has no setting for the number of log lines shown</source>
        <translation>Mechdock 没有显示日志行数的设置</translation>
    </message>
    <message>
        <source>DDC itself no longer uses heartbeat channels; not imported</source>
        <translation>DDC 本身已不再使用心跳频道；未导入</translation>
    </message>
    <message>
        <source>DDC 1.x web form state; DDC itself ignores it, not imported</source>
        <translation>DDC 1.x 的网页表单状态；DDC 本身也会忽略，未导入</translation>
    </message>
    <message>
        <source>notes about admins are not imported (Mechdock keeps only their ids)</source>
        <translation>不导入关于管理员的备注（Mechdock 只保存其 ID）</translation>
    </message>
    <message>
        <source>is not a list of Discord user ids; no admin imported</source>
        <translation>不是 Discord 用户 ID 列表；未导入任何管理员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord user id (17 to 20 digits, as a string); refused</source>
        <translation>“%1”不是 Discord 用户 ID（17 到 20 位数字，字符串形式）；已拒绝</translation>
    </message>
    <message>
        <source>superseded by containers/*.json (as in DDC); not imported</source>
        <translation>已由 containers/*.json 取代（与 DDC 相同）；未导入</translation>
    </message>
    <message>
        <source>is not a list of containers; no container imported</source>
        <translation>不是容器列表；未导入任何容器</translation>
    </message>
    <message>
        <source>is not a container object; skipped</source>
        <translation>不是容器对象；已跳过</translation>
    </message>
    <message>
        <source>the container has no docker_name; skipped</source>
        <translation>该容器没有 docker_name；已跳过</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, at most 255); refused</source>
        <translation>“%1”不是 Docker 容器名称（字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;，最多 255 个）；已拒绝</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; is configured twice in DDC; this copy was skipped</source>
        <translation>容器“%1”在 DDC 中配置了两次；已跳过此副本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters or holds control characters; refused, the container name is shown instead</source>
        <translation>“%1”超过 %2 个字符或包含控制字符；已拒绝，改为显示容器名称</translation>
    </message>
    <message>
        <source>%1 not imported: Mechdock&apos;s actions are %2</source>
        <translation>%1 未导入：Mechdock 的操作为 %2</translation>
    </message>
    <message>
        <source>is not a list; status only</source>
        <translation>不是列表；仅显示状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 1000000; ignored</source>
        <translation>“%1”不是 0 到 1000000 之间的整数；已忽略</translation>
    </message>
    <message>
        <source>Mechdock does not query game servers for player counts; not imported</source>
        <translation>Mechdock 不向游戏服务器查询玩家人数；未导入</translation>
    </message>
    <message>
        <source>keys without a Mechdock setting: %1</source>
        <translation>没有对应 Mechdock 设置的键：%1</translation>
    </message>
    <message>
        <source>holds control characters; refused</source>
        <translation>包含控制字符；已拒绝</translation>
    </message>
    <message>
        <source>is %1 characters; Mechdock keeps at most %2, the rest was cut</source>
        <translation>长度为 %1 个字符；Mechdock 最多保留 %2 个，其余已截断</translation>
    </message>
    <message>
        <source>Mechdock does not look up the host&apos;s public address; put it in the info text</source>
        <translation>Mechdock 不会查询主机的公网地址；请将其写入信息文本</translation>
    </message>
    <message>
        <source>info was turned off in DDC; its text was not imported</source>
        <translation>DDC 中的信息功能已关闭；其文本未导入</translation>
    </message>
    <message>
        <source>protected info needs a password of 1 to %1 characters; the protected part was not imported</source>
        <translation>受保护的信息需要 1 到 %1 个字符的密码；受保护部分未导入</translation>
    </message>
    <message>
        <source>superseded by channels/*.json (as in DDC); not imported</source>
        <translation>已由 channels/*.json 取代（与 DDC 相同）；未导入</translation>
    </message>
    <message>
        <source>is not a map of channel id to settings; no channel imported</source>
        <translation>不是从频道 ID 到设置的映射；未导入任何频道</translation>
    </message>
    <message>
        <source>is not a channel object; skipped</source>
        <translation>不是频道对象；已跳过</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Discord channel id (17 to 20 digits, as a string); the channel was refused</source>
        <translation>“%1”不是 Discord 频道 ID（17 到 20 位数字，字符串形式）；已拒绝该频道</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters or holds control characters; refused</source>
        <translation>“%1”超过 %2 个字符或包含控制字符；已拒绝</translation>
    </message>
    <message>
        <source>no command was allowed in this channel in DDC; imported as a status channel</source>
        <translation>DDC 中此频道不允许任何命令；已作为状态频道导入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 1 to %2 minutes; kept %3 minutes</source>
        <translation>“%1”不在 1 到 %2 分钟之间；保留 %3 分钟</translation>
    </message>
    <message>
        <source>Mechdock allows at most %1 %2 channels; this one was refused</source>
        <translation>Mechdock 最多允许 %1 个 %2 频道；此频道已被拒绝</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsJson</name>
    <message>
        <source>must be &quot;status&quot; or &quot;control&quot;</source>
        <translation>必须是 &quot;status&quot; 或 &quot;control&quot;</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsSchema</name>
    <message>
        <source>Application id</source>
        <translation>应用程序 ID</translation>
    </message>
    <message>
        <source>REST API base URL</source>
        <translation>REST API 基础 URL</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>机器人令牌</translation>
    </message>
    <message>
        <source>Keep the token in the settings file</source>
        <translation>将令牌保存在设置文件中</translation>
    </message>
    <message>
        <source>Gateway intents</source>
        <translation>网关 Intents</translation>
    </message>
    <message>
        <source>Shards (0 = automatic)</source>
        <translation>分片数（0 = 自动）</translation>
    </message>
    <message>
        <source>Status cache lifetime (s)</source>
        <translation>状态缓存有效期（秒）</translation>
    </message>
    <message>
        <source>Background refresh (s)</source>
        <translation>后台刷新间隔（秒）</translation>
    </message>
    <message>
        <source>Start/stop cool-down per container (s)</source>
        <translation>每个容器的启停冷却时间（秒）</translation>
    </message>
    <message>
        <source>Operations per batch</source>
        <translation>每批操作数</translation>
    </message>
    <message>
        <source>Pause between batches (ms)</source>
        <translation>批次间隔（毫秒）</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>Default cool-down (s)</source>
        <translation>默认冷却时间（秒）</translation>
    </message>
    <message>
        <source>Commands per user per minute</source>
        <translation>每位用户每分钟命令数</translation>
    </message>
    <message>
        <source>Buttons per user per minute</source>
        <translation>每位用户每分钟按钮数</translation>
    </message>
    <message>
        <source>Forget idle users after (s)</source>
        <translation>闲置用户遗忘时间（秒）</translation>
    </message>
    <message>
        <source>Users tracked at most</source>
        <translation>最多跟踪用户数</translation>
    </message>
    <message>
        <source>Monitor memory</source>
        <translation>监控内存</translation>
    </message>
    <message>
        <source>Memory limit (MB)</source>
        <translation>内存上限（MB）</translation>
    </message>
    <message>
        <source>Sample every (s)</source>
        <translation>采样间隔（秒）</translation>
    </message>
    <message>
        <source>Cache entries at most</source>
        <translation>最多缓存条目数</translation>
    </message>
    <message>
        <source>Message cache entries</source>
        <translation>消息缓存条目数</translation>
    </message>
    <message>
        <source>Media group cache entries</source>
        <translation>媒体组缓存条目数</translation>
    </message>
    <message>
        <source>Queue length at most</source>
        <translation>最大队列长度</translation>
    </message>
    <message>
        <source>User state lifetime (s)</source>
        <translation>用户状态有效期（秒）</translation>
    </message>
    <message>
        <source>Failed peer lifetime (s)</source>
        <translation>失败对端有效期（秒）</translation>
    </message>
    <message>
        <source>Sweep expired entries at medium pressure</source>
        <translation>中等压力时清除过期条目</translation>
    </message>
    <message>
        <source>Halve caches at high pressure</source>
        <translation>高压力时缓存减半</translation>
    </message>
    <message>
        <source>Clear caches at critical pressure</source>
        <translation>危急压力时清空缓存</translation>
    </message>
    <message>
        <source>Warning threshold (%)</source>
        <translation>警告阈值（%）</translation>
    </message>
    <message>
        <source>Critical threshold (%)</source>
        <translation>危急阈值（%）</translation>
    </message>
    <message>
        <source>Emergency threshold (%)</source>
        <translation>紧急阈值（%）</translation>
    </message>
    <message>
        <source>Database file (empty = data folder)</source>
        <translation>数据库文件（留空 = 数据文件夹）</translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation>最大连接数</translation>
    </message>
    <message>
        <source>Connections opened at start</source>
        <translation>启动时打开的连接数</translation>
    </message>
    <message>
        <source>Close idle connections after (s)</source>
        <translation>闲置连接关闭时间（秒）</translation>
    </message>
    <message>
        <source>Prepared statements cached</source>
        <translation>预编译语句缓存数</translation>
    </message>
    <message>
        <source>Audit log rows kept</source>
        <translation>审计日志保留行数</translation>
    </message>
    <message>
        <source>Tasks running at once</source>
        <translation>同时运行的任务数</translation>
    </message>
    <message>
        <source>Task timeout (s)</source>
        <translation>任务超时（秒）</translation>
    </message>
    <message>
        <source>Minimum minutes between tasks on a container</source>
        <translation>同一容器任务间的最少分钟数</translation>
    </message>
    <message>
        <source>Re-check interval (s)</source>
        <translation>复查间隔（秒）</translation>
    </message>
    <message>
        <source>Run missed tasks within (min)</source>
        <translation>补跑错过任务的时限（分钟）</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>默认时区</translation>
    </message>
    <message>
        <source>Power decay per day (cents)</source>
        <translation>每日能量衰减（分）</translation>
    </message>
    <message>
        <source>Top level decays</source>
        <translation>最高等级会衰减</translation>
    </message>
    <message>
        <source>Slowest animation (%)</source>
        <translation>最慢动画速度（%）</translation>
    </message>
    <message>
        <source>Fastest animation (%)</source>
        <translation>最快动画速度（%）</translation>
    </message>
    <message>
        <source>Speed step (%)</source>
        <translation>速度步长（%）</translation>
    </message>
    <message>
        <source>Animations kept in memory</source>
        <translation>内存中保留的动画数</translation>
    </message>
    <message>
        <source>Animation disk cache (MB)</source>
        <translation>动画磁盘缓存（MB）</translation>
    </message>
    <message>
        <source>Health endpoint address</source>
        <translation>健康检查端点地址</translation>
    </message>
    <message>
        <source>Health endpoint token</source>
        <translation>健康检查端点令牌</translation>
    </message>
    <message>
        <source>Language (empty = system)</source>
        <translation>语言（留空 = 跟随系统）</translation>
    </message>
    <message>
        <source>Close to the tray</source>
        <translation>关闭时最小化到托盘</translation>
    </message>
    <message>
        <source>Logging rules</source>
        <translation>日志规则</translation>
    </message>
    <message>
        <source>Log file size (KB)</source>
        <translation>日志文件大小（KB）</translation>
    </message>
    <message>
        <source>Log files kept</source>
        <translation>保留的日志文件数</translation>
    </message>
    <message>
        <source>Log lines kept in memory</source>
        <translation>内存中保留的日志行数</translation>
    </message>
    <message>
        <source>Guild ids</source>
        <translation>服务器（Guild）ID</translation>
    </message>
    <message>
        <source>Admin user ids</source>
        <translation>管理员用户 ID</translation>
    </message>
    <message>
        <source>Admin role ids</source>
        <translation>管理员角色 ID</translation>
    </message>
    <message>
        <source>Decay per level</source>
        <translation>各等级能量衰减</translation>
    </message>
    <message>
        <source>Unhealthy when Discord is unreachable for (s)</source>
        <translation>Discord 无法访问多久后视为不健康（秒）</translation>
    </message>
    <message>
        <source>Unhealthy when the data folder&apos;s disk has less free (MB)</source>
        <translation>数据文件夹所在磁盘可用空间低于多少时视为不健康（MB）</translation>
    </message>
    <message>
        <source>Remote control address (TLS; empty = off)</source>
        <translation>远程控制地址（TLS；留空 = 关闭）</translation>
    </message>
    <message>
        <source>Group that may use the local control socket</source>
        <translation>可使用本地控制套接字的组</translation>
    </message>
    <message>
        <source>Remote control certificate (PEM; empty = self-signed)</source>
        <translation>远程控制证书（PEM；留空 = 自签名）</translation>
    </message>
    <message>
        <source>Remote control private key (PEM)</source>
        <translation>远程控制私钥（PEM）</translation>
    </message>
    <message>
        <source>Remote control password (PBKDF2 hash)</source>
        <translation>远程控制密码（PBKDF2 哈希值）</translation>
    </message>
    <message>
        <source>Concurrent stats requests per host</source>
        <translation>每个主机的并发统计请求数</translation>
    </message>
    <message>
        <source>Web page address (empty = off)</source>
        <translation>网页地址（留空 = 关闭）</translation>
    </message>
    <message>
        <source>Web page: log out after this many idle minutes</source>
        <translation>网页：闲置多少分钟后退出登录</translation>
    </message>
    <message>
        <source>Web page over HTTPS (the remote control certificate)</source>
        <translation>通过 HTTPS 提供网页（使用远程控制的证书）</translation>
    </message>
    <message>
        <source>Crash alerts: Discord channel id (empty = log only)</source>
        <translation>崩溃警报：Discord 频道 ID（留空 = 仅写入日志）</translation>
    </message>
    <message>
        <source>Crash alerts: log lines shown</source>
        <translation>崩溃警报：显示的日志行数</translation>
    </message>
    <message>
        <source>Restart loop: crashes</source>
        <translation>重启循环：崩溃次数</translation>
    </message>
    <message>
        <source>Restart loop: within (s)</source>
        <translation>重启循环：时间范围（秒）</translation>
    </message>
    <message>
        <source>Heartbeat: push URL pinged while healthy (empty = off)</source>
        <translation>心跳：健康时调用的推送 URL（留空 = 关闭）</translation>
    </message>
    <message>
        <source>Heartbeat: every (minutes)</source>
        <translation>心跳：间隔（分钟）</translation>
    </message>
    <message>
        <source>Player counts: ask a game server again after (s)</source>
        <translation>玩家数量：重新查询游戏服务器的间隔（秒）</translation>
    </message>
    <message>
        <source>Player counts: wait for an answer (ms)</source>
        <translation>玩家数量：等待响应时间（毫秒）</translation>
    </message>
    <message>
        <source>Player counts: queries at once</source>
        <translation>玩家数量：并发查询数</translation>
    </message>
    <message>
        <source>Auto-actions: act on Discord messages</source>
        <translation>自动操作：响应 Discord 消息</translation>
    </message>
    <message>
        <source>Auto-actions: pause between any two firings (s)</source>
        <translation>自动操作：任意两次触发之间的间隔（秒）</translation>
    </message>
    <message>
        <source>Auto-actions: notification channel (empty = silent)</source>
        <translation>自动操作：通知频道（留空 = 静默）</translation>
    </message>
    <message>
        <source>Auto-actions: firings kept in the history</source>
        <translation>自动操作：历史记录中保留的触发次数</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1</source>
        <translation>无法限制 %1 的权限</translation>
    </message>
</context>
<context>
    <name>mechdock::config::SettingsValidator</name>
    <message>
        <source>is %1; allowed: %2 to %3</source>
        <translation>当前为 %1；允许范围：%2 到 %3</translation>
    </message>
    <message>
        <source>must be a Discord id (17 to 20 digits)</source>
        <translation>必须是 Discord ID（17 到 20 位数字）</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, e.g. https://discord.com/api/v10</source>
        <translation>必须是 http:// 或 https:// 网址，例如 https://discord.com/api/v10</translation>
    </message>
    <message>
        <source>contains spaces or line breaks; paste only the token itself</source>
        <translation>包含空格或换行；请只粘贴令牌本身</translation>
    </message>
    <message>
        <source>this channel is configured twice</source>
        <translation>此频道配置了两次</translation>
    </message>
    <message>
        <source>is %1; allowed: 10 to 86400</source>
        <translation>当前为 %1；允许范围：10 到 86400</translation>
    </message>
    <message>
        <source>is %1; allowed: 60 to 604800</source>
        <translation>当前为 %1；允许范围：60 到 604800</translation>
    </message>
    <message>
        <source>has %1 status channels; at most %2</source>
        <translation>有 %1 个状态频道；最多 %2 个</translation>
    </message>
    <message>
        <source>has %1 control channels; at most %2</source>
        <translation>有 %1 个控制频道；最多 %2 个</translation>
    </message>
    <message>
        <source>must be &quot;label|https://...&quot;</source>
        <translation>格式必须为 &quot;label|https://...&quot;</translation>
    </message>
    <message>
        <source>needs at least one endpoint</source>
        <translation>至少需要一个端点</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>必须由 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>another endpoint has this name</source>
        <translation>另一个端点已使用此名称</translation>
    </message>
    <message>
        <source>must start with unix://, npipe://, tcp:// or https://</source>
        <translation>必须以 unix://、npipe://、tcp:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>needs a host and a port</source>
        <translation>需要主机和端口</translation>
    </message>
    <message>
        <source>is needed when tlsVerify is on (ca.pem, cert.pem, key.pem)</source>
        <translation>启用 tlsVerify 时必填（ca.pem、cert.pem、key.pem）</translation>
    </message>
    <message>
        <source>must be a Docker container name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>必须是 Docker 容器名称（字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;）</translation>
    </message>
    <message>
        <source>names no configured endpoint (&quot;%1&quot;)</source>
        <translation>未指向任何已配置的端点（“%1”）</translation>
    </message>
    <message>
        <source>this container is configured twice</source>
        <translation>此容器配置了两次</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>is longer than 100 characters</source>
        <translation>超过 100 个字符</translation>
    </message>
    <message>
        <source>is %1 characters; at most %2</source>
        <translation>长度为 %1 个字符；最多 %2 个</translation>
    </message>
    <message>
        <source>is needed for protected info: set a password in the panel or with &apos;mechdock hash-password&apos;</source>
        <translation>受保护信息需要此项：请在面板中或使用 &apos;mechdock hash-password&apos; 设置密码</translation>
    </message>
    <message>
        <source>is %1; allowed: 0 to 86400</source>
        <translation>当前为 %1；允许范围：0 到 86400</translation>
    </message>
    <message>
        <source>thresholds must rise: warning &lt; critical &lt; emergency</source>
        <translation>阈值必须递增：警告 &lt; 危急 &lt; 紧急</translation>
    </message>
    <message>
        <source>is larger than database.maxConnections (%1)</source>
        <translation>大于 database.maxConnections（%1）</translation>
    </message>
    <message>
        <source>must be below mech.maxSpeedPercent</source>
        <translation>必须小于 mech.maxSpeedPercent</translation>
    </message>
    <message>
        <source>must divide the distance from 100 % to both speed limits, so 100 % is a step</source>
        <translation>必须能整除 100 % 到两个速度上限之间的差值，使 100 % 成为一个档位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone (e.g. Europe/Berlin)</source>
        <translation>“%1”不是已知的 IANA 时区（例如 Europe/Berlin）</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 127.0.0.1:9374, or empty to turn it off</source>
        <translation>必须是 地址:端口，例如 127.0.0.1:9374，留空则关闭</translation>
    </message>
    <message>
        <source>must be &quot;LEVEL:CENTS_PER_DAY&quot; with a level from 1 to 11 and 0 to 1000000 cents, e.g. &quot;11:0&quot;</source>
        <translation>格式必须为 &quot;LEVEL:CENTS_PER_DAY&quot;，等级为 1 到 11，金额为 0 到 1000000 分，例如 &quot;11:0&quot;</translation>
    </message>
    <message>
        <source>level %1 is given more than once</source>
        <translation>等级 %1 被指定了多次</translation>
    </message>
    <message>
        <source>must be ADDRESS:PORT, e.g. 0.0.0.0:9380, or empty to turn it off</source>
        <translation>必须是 ADDRESS:PORT，例如 0.0.0.0:9380，留空则关闭</translation>
    </message>
    <message>
        <source>must be a Discord channel id (digits), or empty</source>
        <translation>必须是 Discord 频道 ID（数字），或留空</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL, or empty</source>
        <translation>必须是 http:// 或 https:// URL，或留空</translation>
    </message>
    <message>
        <source>must be a Swarm service name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>必须是 Swarm 服务名称（字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;）</translation>
    </message>
    <message>
        <source>a Swarm service is updated by Swarm (docker service update --image); remove &quot;update&quot;</source>
        <translation>Swarm 服务由 Swarm 自行更新（docker service update --image）；请删除 &quot;update&quot;</translation>
    </message>
    <message>
        <source>must be an image tag (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 128), or empty for the container&apos;s own</source>
        <translation>必须是镜像标签（字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;；最多 128 个），留空则使用容器自己的标签</translation>
    </message>
    <message>
        <source>is for containers; Swarm rolls out a service&apos;s image</source>
        <translation>仅用于容器；服务的镜像由 Swarm 发布</translation>
    </message>
</context>
<context>
    <name>mechdock::control</name>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>消息大于 %1 字节。</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>A message must be a JSON object.</source>
        <translation>消息必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>hello needs &quot;protocol&quot;, a whole number.</source>
        <translation>hello 需要 &quot;protocol&quot;，且为整数。</translation>
    </message>
    <message>
        <source>hello&apos;s &quot;client&quot; must be a string.</source>
        <translation>hello 的 &quot;client&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>auth needs &quot;key&quot;, or &quot;user&quot; and &quot;password&quot;, as strings.</source>
        <translation>auth 需要字符串类型的 &quot;key&quot;，或 &quot;user&quot; 和 &quot;password&quot;。</translation>
    </message>
    <message>
        <source>A request needs &quot;id&quot;, a whole number from 0 to 2^53.</source>
        <translation>请求需要 &quot;id&quot;，且为 0 到 2^53 之间的整数。</translation>
    </message>
    <message>
        <source>A request needs &quot;method&quot;, a string.</source>
        <translation>请求需要 &quot;method&quot;，且为字符串。</translation>
    </message>
    <message>
        <source>A request&apos;s &quot;params&quot; must be an object.</source>
        <translation>请求的 &quot;params&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>Cannot load OpenSSL&apos;s libcrypto to make the control API&apos;s certificate (%1): install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>无法加载 OpenSSL 的 libcrypto 来生成控制 API 的证书（%1）：请安装 libssl3，或指定 control.certFile/control.keyFile。</translation>
    </message>
    <message>
        <source>%1 lacks %2, which the control API&apos;s certificate needs: install libssl3 or give control.certFile/control.keyFile.</source>
        <translation>%1 缺少控制 API 证书所需的 %2：请安装 libssl3，或指定 control.certFile/control.keyFile。</translation>
    </message>
    <message>
        <source>Could not make the control API&apos;s certificate (%1).</source>
        <translation>无法生成控制 API 的证书（%1）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::AutoActionControl</name>
    <message>
        <source>&quot;content&quot; must be a string.</source>
        <translation>“content”必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;content&quot; holds at most %1 characters.</source>
        <translation>“content”最多包含 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;embeds&quot; must be a list of embed objects.</source>
        <translation>“embeds”必须是 embed 对象列表。</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>服务未运行。</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rule objects.</source>
        <translation>“rules”必须是规则对象列表。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlAuthenticator</name>
    <message>
        <source>The key or password is not valid.</source>
        <translation>密钥或密码无效。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlDispatcher</name>
    <message>
        <source>%1 is not answered by the engine.</source>
        <translation>引擎不响应 %1。</translation>
    </message>
    <message>
        <source>%1 is configured on several endpoints (%2); name one.</source>
        <translation>%1 配置在多个端点上（%2）；请指定其中一个。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>containers.logs needs &quot;name&quot; and &quot;lines&quot; from 1 to %1.</source>
        <translation>containers.logs 需要 &quot;name&quot; 和 &quot;lines&quot;（1 到 %1）。</translation>
    </message>
    <message>
        <source>The scheduler is not running (no database).</source>
        <translation>调度器未运行（无数据库）。</translation>
    </message>
    <message>
        <source>&quot;upcoming&quot; must be from 0 to 20.</source>
        <translation>&quot;upcoming&quot; 必须在 0 到 20 之间。</translation>
    </message>
    <message>
        <source>scheduler.update needs the task&apos;s &quot;id&quot;.</source>
        <translation>scheduler.update 需要任务的 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>scheduler.remove needs &quot;id&quot;.</source>
        <translation>scheduler.remove 需要 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>scheduler.preview needs &quot;expression&quot; and &quot;count&quot; from 1 to 50.</source>
        <translation>scheduler.preview 需要 &quot;expression&quot; 和 &quot;count&quot;（1 到 50）。</translation>
    </message>
    <message>
        <source>The mech is not running (no database).</source>
        <translation>机甲未运行（无数据库）。</translation>
    </message>
    <message>
        <source>mech.donate needs &quot;cents&quot;, a whole number above 0.</source>
        <translation>mech.donate 需要 &quot;cents&quot;，且为大于 0 的整数。</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be from 1 to %1.</source>
        <translation>&quot;limit&quot; 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The audit log is not available (no database).</source>
        <translation>审计日志不可用（无数据库）。</translation>
    </message>
    <message>
        <source>The memory monitor is not running.</source>
        <translation>内存监控器未运行。</translation>
    </message>
    <message>
        <source>settings.setToken needs &quot;token&quot; (one line) and &quot;where&quot;: auto, keychain or file.</source>
        <translation>settings.setToken 需要 &quot;token&quot;（单行）和 &quot;where&quot;：auto、keychain 或 file。</translation>
    </message>
    <message>
        <source>The keychain did not take the token: %1</source>
        <translation>钥匙串未接受该令牌：%1</translation>
    </message>
    <message>
        <source>There is no token to check: paste one, or store one first.</source>
        <translation>没有可检查的令牌：请粘贴一个，或先保存一个。</translation>
    </message>
    <message>
        <source>Discord refused this token (401): it is wrong, or it was reset in the developer portal.</source>
        <translation>Discord 拒绝了此令牌（401）：令牌有误，或已在开发者门户中重置。</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>无法连接 Discord：%1</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord 返回 %1：%2</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>无法保存令牌：%1</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be big or small.</source>
        <translation>&quot;size&quot; 必须是 big 或 small。</translation>
    </message>
    <message>
        <source>The animation is larger than %1 bytes.</source>
        <translation>动画大于 %1 字节。</translation>
    </message>
    <message>
        <source>There is no bot token yet: store one, then the channels can be listed.</source>
        <translation>还没有机器人令牌：请先保存一个，然后才能列出频道。</translation>
    </message>
    <message>
        <source>The bot is in no server yet, and no server id is configured: invite the bot to your server first.</source>
        <translation>机器人尚未加入任何服务器，也未配置服务器 ID：请先邀请机器人加入您的服务器。</translation>
    </message>
    <message>
        <source>containers.action needs &quot;name&quot; and &quot;action&quot; (start, stop, restart or update).</source>
        <translation>containers.action 需要“name”和“action”（start、stop、restart 或 update）。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlProtocol</name>
    <message>
        <source>Unknown message type &quot;%1&quot;; expected hello, auth or request.</source>
        <translation>未知的消息类型“%1”；应为 hello、auth 或 request。</translation>
    </message>
    <message>
        <source>Unknown message type from the server.</source>
        <translation>来自服务器的未知消息类型。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlServer</name>
    <message>
        <source>The service is stopping.</source>
        <translation>服务正在停止。</translation>
    </message>
    <message>
        <source>Control socket %1 is in use by another engine; not listening</source>
        <translation>控制套接字 %1 正被另一个引擎使用；不监听</translation>
    </message>
    <message>
        <source>Control socket %1 not available: %2</source>
        <translation>控制套接字 %1 不可用：%2</translation>
    </message>
    <message>
        <source>Control socket: cannot give it to group %1; only the owner may use it</source>
        <translation>控制套接字：无法将其交给组 %1；只有所有者可以使用</translation>
    </message>
    <message>
        <source>Control API on %1</source>
        <translation>控制 API 位于 %1</translation>
    </message>
    <message>
        <source>Remote access was turned off or changed.</source>
        <translation>远程访问已关闭或已更改。</translation>
    </message>
    <message>
        <source>no TLS connection was made (a plain-text client, or one that refused the certificate): %1</source>
        <translation>未建立 TLS 连接（客户端使用明文，或拒绝了证书）：%1</translation>
    </message>
    <message>
        <source>control.remoteListen &quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>control.remoteListen“%1”不是 地址:端口 格式</translation>
    </message>
    <message>
        <source>Remote control API off: %1</source>
        <translation>远程控制 API 已关闭：%1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法监听 %1：%2</translation>
    </message>
    <message>
        <source>Remote control API on wss://%1:%2 (TLS); certificate SHA-256 fingerprint %3</source>
        <translation>远程控制 API 位于 wss://%1:%2（TLS）；证书 SHA-256 指纹 %3</translation>
    </message>
    <message>
        <source>Remote control API: no API key or password is set, so every remote client is refused; add one with: mechdock control add-key NAME</source>
        <translation>远程控制 API：未设置 API 密钥或密码，因此所有远程客户端都会被拒绝；请使用以下命令添加：mechdock control add-key NAME</translation>
    </message>
    <message>
        <source>The engine serves at most %1 clients.</source>
        <translation>引擎最多服务 %1 个客户端。</translation>
    </message>
    <message>
        <source>refused without checking: too many failures</source>
        <translation>未经检查即拒绝：失败次数过多</translation>
    </message>
    <message>
        <source>Too many failed attempts from %1; try again in a minute.</source>
        <translation>来自 %1 的失败尝试过多；请一分钟后再试。</translation>
    </message>
    <message>
        <source>wrong %1 (client &quot;%2&quot;)</source>
        <translation>%1 错误（客户端“%2”）</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Control API: failed authentication from %1</source>
        <translation>控制 API：来自 %1 的身份验证失败</translation>
    </message>
    <message>
        <source>Web page off: cannot listen on %1: %2</source>
        <translation>网页已关闭：无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>Web page on %1://%2:%3/</source>
        <translation>网页位于 %1://%2:%3/</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ControlSession</name>
    <message>
        <source>No hello and authentication within %1 seconds.</source>
        <translation>未在 %1 秒内完成 hello 和身份验证。</translation>
    </message>
    <message>
        <source>Control client %1 dropped: it does not read what it is sent (%2 bytes waiting)</source>
        <translation>已断开控制客户端 %1：它不读取发送给它的数据（%2 字节待处理）</translation>
    </message>
    <message>
        <source>hello was already sent.</source>
        <translation>已发送过 hello。</translation>
    </message>
    <message>
        <source>This server speaks control protocol %1, the client %2: please update the %3.</source>
        <translation>此服务器使用控制协议 %1，客户端使用 %2：请更新 %3。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Send hello first.</source>
        <translation>请先发送 hello。</translation>
    </message>
    <message>
        <source>Authenticate first (auth with a key or password).</source>
        <translation>请先进行身份验证（使用密钥或密码执行 auth）。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
    </message>
    <message>
        <source>Too many requests at once (%1); wait for answers.</source>
        <translation>同时发出的请求过多（%1）；请等待响应。</translation>
    </message>
    <message>
        <source>Unknown topic &quot;%1&quot;; topics are snapshot and logs.</source>
        <translation>未知主题“%1”；可用主题为 snapshot 和 logs。</translation>
    </message>
    <message>
        <source>&quot;topics&quot; must list snapshot and/or logs.</source>
        <translation>&quot;topics&quot; 必须列出 snapshot 和/或 logs。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::GuildChannelLister</name>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>无法连接 Discord：%1</translation>
    </message>
    <message>
        <source>the bot may not view this server&apos;s channels</source>
        <translation>机器人无权查看此服务器的频道</translation>
    </message>
    <message>
        <source>the bot is not in this server</source>
        <translation>机器人不在此服务器中</translation>
    </message>
    <message>
        <source>Discord answered %1: %2</source>
        <translation>Discord 返回 %1：%2</translation>
    </message>
</context>
<context>
    <name>mechdock::control::LocalChannel</name>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>某行超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::TlsIdentity</name>
    <message>
        <source>Cannot read the certificate %1: %2</source>
        <translation>无法读取证书 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the private key %1: %2</source>
        <translation>无法读取私钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (EC or RSA).</source>
        <translation>%1 中没有未加密的 PEM 私钥（EC 或 RSA）。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::ValueJson</name>
    <message>
        <source>&quot;action&quot; must be start, stop or restart.</source>
        <translation>&quot;action&quot; 必须是 start、stop 或 restart。</translation>
    </message>
    <message>
        <source>A task needs &quot;container&quot; and &quot;schedule&quot;.</source>
        <translation>任务需要 &quot;container&quot; 和 &quot;schedule&quot;。</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebPageServer</name>
    <message>
        <source>web.listen &quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>web.listen“%1”不是 ADDRESS:PORT 格式</translation>
    </message>
    <message>
        <source>Web page: no password is set yet. Open it and enter the setup code %1 to choose one.</source>
        <translation>网页：尚未设置密码。请打开网页并输入设置码 %1 来设置密码。</translation>
    </message>
    <message>
        <source>This request came from another site and was refused.</source>
        <translation>此请求来自其他网站，已被拒绝。</translation>
    </message>
    <message>
        <source>Send the request as JSON.</source>
        <translation>请以 JSON 格式发送请求。</translation>
    </message>
    <message>
        <source>The page&apos;s security token is missing or out of date; reload the page and try again.</source>
        <translation>页面的安全令牌缺失或已过期；请重新加载页面后重试。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>A name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>名称由 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成。</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>A password is already set; log in with it.</source>
        <translation>已设置密码；请用它登录。</translation>
    </message>
    <message>
        <source>Too many wrong setup codes from %1; try again in a minute.</source>
        <translation>来自 %1 的错误设置码过多；请一分钟后再试。</translation>
    </message>
    <message>
        <source>wrong setup code</source>
        <translation>设置码错误</translation>
    </message>
    <message>
        <source>That is not the setup code in the service&apos;s log.</source>
        <translation>这不是服务日志中的设置码。</translation>
    </message>
    <message>
        <source>The settings file %1 has errors; fix it before setting a password.</source>
        <translation>设置文件 %1 有错误；请先修正，再设置密码。</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>无法保存密码：%1</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <source>Web page: the password was set from %1</source>
        <translation>网页：已从 %1 设置密码</translation>
    </message>
</context>
<context>
    <name>mechdock::control::WebSocketChannel</name>
    <message>
        <source>Messages are JSON text; binary messages are not accepted.</source>
        <translation>消息应为 JSON 文本；不接受二进制消息。</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordApi</name>
    <message>
        <source>Could not read the registered commands.</source>
        <translation>无法读取已注册的命令。</translation>
    </message>
    <message>
        <source>Could not register the commands.</source>
        <translation>无法注册命令。</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::DiscordGateway</name>
    <message>
        <source>Discord rejected the bot token (401 on /gateway/bot). Set a valid token; the bot stays offline until then.</source>
        <translation>Discord 拒绝了机器人令牌（/gateway/bot 返回 401）。请设置有效的令牌；在此之前机器人保持离线。</translation>
    </message>
    <message>
        <source>Could not get the gateway address from Discord:</source>
        <translation>无法从 Discord 获取网关地址：</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayCloseCode</name>
    <message>
        <source>Discord reported an unknown error; resuming.</source>
        <translation>Discord 报告了未知错误；正在恢复会话。</translation>
    </message>
    <message>
        <source>Discord did not understand an opcode; resuming.</source>
        <translation>Discord 无法识别某个操作码；正在恢复会话。</translation>
    </message>
    <message>
        <source>Discord could not decode a payload; resuming.</source>
        <translation>Discord 无法解码某个负载；正在恢复会话。</translation>
    </message>
    <message>
        <source>A payload was sent before identifying; identifying again.</source>
        <translation>在身份验证前发送了负载；正在重新验证身份。</translation>
    </message>
    <message>
        <source>The session was already authenticated; resuming.</source>
        <translation>会话已经通过验证；正在恢复会话。</translation>
    </message>
    <message>
        <source>The resume sequence was invalid; starting a new session.</source>
        <translation>恢复序列号无效；正在开始新会话。</translation>
    </message>
    <message>
        <source>Too many gateway events were sent; resuming after a pause.</source>
        <translation>发送的网关事件过多；暂停后恢复。</translation>
    </message>
    <message>
        <source>The session timed out; starting a new session.</source>
        <translation>会话超时；正在开始新会话。</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (close code 4004). Set a valid token in the settings or DISCORD_BOT_TOKEN; the bot stays offline until then.</source>
        <translation>Discord 拒绝了机器人令牌（关闭码 4004）。请在设置或 DISCORD_BOT_TOKEN 中设置有效的令牌；在此之前机器人保持离线。</translation>
    </message>
    <message>
        <source>Discord rejected the shard id (close code 4010). Check the shard count setting.</source>
        <translation>Discord 拒绝了分片 ID（关闭码 4010）。请检查分片数设置。</translation>
    </message>
    <message>
        <source>Discord requires sharding for this bot (close code 4011). Set the shard count to 0 so Discord&apos;s recommendation is used, or raise it.</source>
        <translation>Discord 要求此机器人使用分片（关闭码 4011）。请将分片数设为 0 以采用 Discord 的推荐值，或调大分片数。</translation>
    </message>
    <message>
        <source>Discord rejected the gateway API version (close code 4012). This build of Mechdock needs an update.</source>
        <translation>Discord 拒绝了网关 API 版本（关闭码 4012）。此版本的 Mechdock 需要更新。</translation>
    </message>
    <message>
        <source>Discord rejected the intents value (close code 4013). Check the intents setting.</source>
        <translation>Discord 拒绝了 intents 值（关闭码 4013）。请检查 intents 设置。</translation>
    </message>
    <message>
        <source>The gateway connection closed; resuming.</source>
        <translation>网关连接已关闭；正在恢复会话。</translation>
    </message>
    <message>
        <source>Discord refused a privileged intent (close code 4014). Enable it in the Discord Developer Portal → your application → Bot → Privileged Gateway Intents, or remove it from the intents setting.</source>
        <translation>Discord 拒绝了一个特权 intent（关闭代码 4014）。请在 Discord Developer Portal → 您的应用 → Bot → Privileged Gateway Intents 中启用它，或将其从 intents 设置中移除。</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::GatewayShard</name>
    <message>
        <source>closed with code %1: %2</source>
        <translation>以代码 %1 关闭：%2</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::RestClient</name>
    <message>
        <source>The Discord request queue is full (%1 requests); the request was dropped.</source>
        <translation>Discord 请求队列已满（%1 个请求）；该请求已被丢弃。</translation>
    </message>
    <message>
        <source>Discord kept rate-limiting this request; it was given up.</source>
        <translation>Discord 持续对此请求限速；已放弃该请求。</translation>
    </message>
    <message>
        <source>Discord could not be reached: %1</source>
        <translation>无法连接 Discord：%1</translation>
    </message>
    <message>
        <source>Discord answered with server error %1.</source>
        <translation>Discord 返回服务器错误 %1。</translation>
    </message>
    <message>
        <source>Discord rejected the bot token (401).</source>
        <translation>Discord 拒绝了机器人令牌（401）。</translation>
    </message>
    <message>
        <source>The bot lacks the permission for this in Discord (403).</source>
        <translation>机器人在 Discord 中缺少执行此操作的权限（403）。</translation>
    </message>
    <message>
        <source>Discord does not know this message, channel or interaction (404).</source>
        <translation>Discord 找不到此消息、频道或交互（404）。</translation>
    </message>
    <message>
        <source>Discord refused the request (%1): %2</source>
        <translation>Discord 拒绝了请求（%1）：%2</translation>
    </message>
    <message>
        <source>The answer could no longer reach Discord in time and was not sent.</source>
        <translation>回复已无法及时送达 Discord，因此未发送。</translation>
    </message>
</context>
<context>
    <name>mechdock::discord::ZlibStreamInflater</name>
    <message>
        <source>The compressed gateway stream is unusable.</source>
        <translation>压缩的网关数据流不可用。</translation>
    </message>
    <message>
        <source>A compressed gateway message exceeded the size limit.</source>
        <translation>一条压缩的网关消息超过了大小上限。</translation>
    </message>
    <message>
        <source>The compressed gateway stream is corrupt: %1</source>
        <translation>压缩的网关数据流已损坏：%1</translation>
    </message>
    <message>
        <source>A gateway message exceeded the size limit after decompression.</source>
        <translation>一条网关消息在解压后超过了大小上限。</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerController</name>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation>没有名为“%1”的 Docker 端点</translation>
    </message>
    <message>
        <source>%1 was started, stopped or restarted %2 s ago; to protect it from rapid toggling, try again in %3 s</source>
        <translation>%1 在 %2 秒前刚被启动、停止或重启；为防止频繁切换，请在 %3 秒后重试</translation>
    </message>
    <message>
        <source>too many statistics requests are waiting; try again shortly</source>
        <translation>等待中的统计请求过多；请稍后重试</translation>
    </message>
    <message>
        <source>%1 on %2 is not a configured container</source>
        <translation>%2 上的 %1 不是已配置的容器</translation>
    </message>
    <message>
        <source>only Mechdock administrators may update %1</source>
        <translation>只有 Mechdock 管理员可以更新 %1</translation>
    </message>
    <message>
        <source>an update of %1 is already running</source>
        <translation>%1 的更新已在进行中</translation>
    </message>
    <message>
        <source>%1 is a Swarm service: Swarm rolls out its new image (docker service update --image)</source>
        <translation>%1 是 Swarm 服务：由 Swarm 发布其新镜像（docker service update --image）</translation>
    </message>
    <message>
        <source>a Swarm service is not updated here</source>
        <translation>此处不更新 Swarm 服务</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerStatusCache</name>
    <message>
        <source>Up less than a second</source>
        <translation>运行不到一秒</translation>
    </message>
    <message>
        <source>Exited (%1) just now</source>
        <translation>刚刚退出（%1）</translation>
    </message>
    <message>
        <source>Exited just now</source>
        <translation>刚刚退出</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>no Docker endpoint named &quot;%1&quot;</source>
        <translation>没有名为“%1”的 Docker 端点</translation>
    </message>
    <message>
        <source>no container named &quot;%1&quot; on %2</source>
        <translation>%2 上没有名为“%1”的容器</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>no status from Docker for more than %1 s</source>
        <translation>超过 %1 秒未收到 Docker 的状态</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::ContainerUpdater</name>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>“%1”不是有效的镜像标签</translation>
    </message>
    <message>
        <source>the Docker endpoint went away</source>
        <translation>Docker 端点已断开</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Docker&apos;s description of %1 has no container or image id</source>
        <translation>Docker 对 %1 的描述中没有容器或镜像 ID</translation>
    </message>
    <message>
        <source>%1 was created from an image id, not a name; there is nothing to pull</source>
        <translation>%1 是从镜像 ID 而非名称创建的；没有可拉取的内容</translation>
    </message>
    <message>
        <source>%1 is pinned to the digest %2; give a tag to update it</source>
        <translation>%1 已固定到摘要 %2；请指定标签以进行更新</translation>
    </message>
    <message>
        <source>pull failed: not finished within %1 s</source>
        <translation>拉取失败：未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>pull of %1 failed: %2</source>
        <translation>拉取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Docker&apos;s description of %1 has no id</source>
        <translation>Docker 对 %1 的描述中没有 ID</translation>
    </message>
    <message>
        <source>%1 is already up to date (image %2)</source>
        <translation>%1 已是最新（镜像 %2）</translation>
    </message>
    <message>
        <source>create failed: Docker&apos;s answer has no container id</source>
        <translation>创建失败：Docker 的响应中没有容器 ID</translation>
    </message>
    <message>
        <source>the new container did not become ready within %1 s</source>
        <translation>新容器未在 %1 秒内就绪</translation>
    </message>
    <message>
        <source>the new container stopped (exit code %1)</source>
        <translation>新容器已停止（退出代码 %1）</translation>
    </message>
    <message>
        <source>the new container&apos;s health check failed</source>
        <translation>新容器的健康检查失败</translation>
    </message>
    <message>
        <source>%1 updated: image %2 → %3</source>
        <translation>%1 已更新：镜像 %2 → %3</translation>
    </message>
    <message>
        <source>the old container is kept as %1: %2</source>
        <translation>旧容器保留为 %1：%2</translation>
    </message>
    <message>
        <source>update of %1 failed: %2</source>
        <translation>更新 %1 失败：%2</translation>
    </message>
    <message>
        <source>the old container runs again</source>
        <translation>旧容器已重新运行</translation>
    </message>
    <message>
        <source>the old container is back</source>
        <translation>旧容器已恢复</translation>
    </message>
    <message>
        <source>rolling back failed too: %1</source>
        <translation>回滚也失败了：%1</translation>
    </message>
    <message>
        <source>the old container is kept as %1</source>
        <translation>旧容器保留为 %1</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerClient</name>
    <message>
        <source>no such container</source>
        <translation>没有此容器</translation>
    </message>
    <message>
        <source>Docker answered %1</source>
        <translation>Docker 返回 %1</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (permission denied): add the user to the docker group or run as the socket&apos;s owner</source>
        <translation>无法通过 %1 连接 Docker（权限被拒绝）：请将用户加入 docker 组，或以套接字所有者身份运行</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (%2)</source>
        <translation>无法通过 %1 连接 Docker（%2）</translation>
    </message>
    <message>
        <source>malformed answer from Docker: %1</source>
        <translation>Docker 返回了格式错误的响应：%1</translation>
    </message>
    <message>
        <source>malformed container list from Docker</source>
        <translation>Docker 返回了格式错误的容器列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name</source>
        <translation>“%1”不是有效的容器名称</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>已重启</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>已在运行</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>Docker 返回了格式错误的日志流</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no such file): is the Docker daemon installed and running?</source>
        <translation>无法通过 %1 连接 Docker（文件不存在）：Docker 守护进程是否已安装并运行？</translation>
    </message>
    <message>
        <source>Docker is not reachable at %1 (no answer within %2 s)</source>
        <translation>无法通过 %1 连接 Docker（%2 秒内无响应）</translation>
    </message>
    <message>
        <source>TLS for %1: this build has no TLS support (OpenSSL missing)</source>
        <translation>%1 的 TLS：此版本不支持 TLS（缺少 OpenSSL）</translation>
    </message>
    <message>
        <source>Docker closed the connection without answering</source>
        <translation>Docker 未响应就关闭了连接</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>Docker closed the stream</source>
        <translation>Docker 关闭了数据流</translation>
    </message>
    <message>
        <source>Docker closed the connection in the middle of the answer (%1); was the daemon restarted?</source>
        <translation>Docker 在响应过程中关闭了连接（%1）；守护进程是否已重启？</translation>
    </message>
    <message>
        <source>Docker at %1 refused Mechdock&apos;s client certificate: cert.pem and key.pem (DOCKER_CERT_PATH or the endpoint&apos;s certPath) must be signed by the CA the daemon trusts (%2)</source>
        <translation>%1 上的 Docker 拒绝了 Mechdock 的客户端证书：cert.pem 和 key.pem（DOCKER_CERT_PATH 或端点的 certPath）必须由守护进程信任的 CA 签名（%2）</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEndpoint</name>
    <message>
        <source>%1: only unix://, npipe:// and tcp:// addresses are supported</source>
        <translation>%1：只支持 unix://、npipe:// 和 tcp:// 地址</translation>
    </message>
    <message>
        <source>%1: the address names no host</source>
        <translation>%1：地址中没有主机</translation>
    </message>
    <message>
        <source>%1: the address names no socket</source>
        <translation>%1：地址中没有套接字</translation>
    </message>
    <message>
        <source>TLS for %1: no CA certificate in %2</source>
        <translation>%1 的 TLS：%2 中没有 CA 证书</translation>
    </message>
    <message>
        <source>TLS for %1: no client certificate in %2</source>
        <translation>%1 的 TLS：%2 中没有客户端证书</translation>
    </message>
    <message>
        <source>TLS for %1: cannot read the client key %2 (%3)</source>
        <translation>%1 的 TLS：无法读取客户端密钥 %2（%3）</translation>
    </message>
    <message>
        <source>TLS for %1: %2 is not an RSA or EC private key in PEM</source>
        <translation>%1 的 TLS：%2 不是 PEM 格式的 RSA 或 EC 私钥</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::DockerEventStream</name>
    <message>
        <source>the event stream ended</source>
        <translation>事件流已结束</translation>
    </message>
</context>
<context>
    <name>mechdock::docker::SwarmServiceClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid service name</source>
        <translation>“%1”不是有效的服务名称</translation>
    </message>
    <message>
        <source>the Docker endpoint is gone</source>
        <translation>Docker 端点已不存在</translation>
    </message>
    <message>
        <source>the endpoint is not part of a swarm (%1)</source>
        <translation>该端点不属于任何 Swarm（%1）</translation>
    </message>
    <message>
        <source>no swarm information</source>
        <translation>没有 Swarm 信息</translation>
    </message>
    <message>
        <source>the endpoint is a swarm worker; services are managed on a manager</source>
        <translation>该端点是 Swarm 工作节点；服务需在管理节点上管理</translation>
    </message>
    <message>
        <source>malformed service list from Docker</source>
        <translation>Docker 返回的服务列表格式错误</translation>
    </message>
    <message>
        <source>no such service: %1</source>
        <translation>没有此服务：%1</translation>
    </message>
    <message>
        <source>malformed task list from Docker</source>
        <translation>Docker 返回的任务列表格式错误</translation>
    </message>
    <message>
        <source>%1 is a global service (one task on every node); it cannot be started or stopped, only restarted</source>
        <translation>%1 是全局服务（每个节点一个任务）；无法启动或停止，只能重启</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>stopped (scaled from %1 to 0)</source>
        <translation>已停止（从 %1 缩放到 0）</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>已在运行</translation>
    </message>
    <message>
        <source>started (scaled to %1)</source>
        <translation>已启动（缩放到 %1）</translation>
    </message>
    <message>
        <source>%1 is stopped (0 replicas); start it instead</source>
        <translation>%1 已停止（0 个副本）；请改为启动它</translation>
    </message>
    <message>
        <source>restarting (rolling update)</source>
        <translation>正在重启（滚动更新）</translation>
    </message>
    <message>
        <source>malformed log stream from Docker</source>
        <translation>Docker 返回的日志流格式错误</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sClient</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>无法打开 UDP 套接字：%1</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>无法发送到 %1:%2：%3</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 bytes</source>
        <translation>服务器的应答超过 %1 字节</translation>
    </message>
    <message>
        <source>not a Source server query answer: %1</source>
        <translation>不是 Source 服务器查询应答：%1</translation>
    </message>
    <message>
        <source>not a Source server query answer: a split answer inside a split answer</source>
        <translation>不是 Source 服务器查询应答：分片应答中嵌套了分片应答</translation>
    </message>
    <message>
        <source>the server keeps asking for a challenge and never answers</source>
        <translation>服务器不断请求 challenge，却从不应答</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::A2sCodec</name>
    <message>
        <source>the answer is %1 bytes, more than a server query answer can be</source>
        <translation>应答为 %1 字节，超过服务器查询应答的可能大小</translation>
    </message>
    <message>
        <source>the answer is too short (%1 bytes)</source>
        <translation>应答太短（%1 字节）</translation>
    </message>
    <message>
        <source>the answer does not start like a Source server query answer</source>
        <translation>应答的开头不像 Source 服务器查询应答</translation>
    </message>
    <message>
        <source>the challenge answer is too short</source>
        <translation>challenge 应答太短</translation>
    </message>
    <message>
        <source>unknown answer type 0x%1</source>
        <translation>未知应答类型 0x%1</translation>
    </message>
    <message>
        <source>the server information answer is cut short</source>
        <translation>服务器信息应答被截断</translation>
    </message>
    <message>
        <source>the player list answer is cut short</source>
        <translation>玩家列表应答被截断</translation>
    </message>
    <message>
        <source>the player list answer is cut short after %1 players</source>
        <translation>玩家列表应答在 %1 名玩家后被截断</translation>
    </message>
    <message>
        <source>the player list announces %1 players but holds %2</source>
        <translation>玩家列表声明有 %1 名玩家，实际包含 %2 名</translation>
    </message>
    <message>
        <source>a part of a split answer is cut short</source>
        <translation>分片应答的某个分片被截断</translation>
    </message>
    <message>
        <source>the server sent a compressed split answer, which is not supported</source>
        <translation>服务器发送了压缩的分片应答，不受支持</translation>
    </message>
    <message>
        <source>a split answer claims part %1 of %2 (at most %3 parts are accepted)</source>
        <translation>分片应答声称是第 %1 片，共 %2 片（最多接受 %3 片）</translation>
    </message>
    <message>
        <source>a part of a split answer is larger than %1 bytes</source>
        <translation>分片应答的某个分片超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::GameQueryClient</name>
    <message>
        <source>no answer within %1 ms (is the query port right and open?)</source>
        <translation>%1 毫秒内无应答（查询端口是否正确且已开放？）</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::PlayerQuerier</name>
    <message>
        <source>Player counts: only the first %1 game servers are asked</source>
        <translation>玩家人数：只查询前 %1 个游戏服务器</translation>
    </message>
    <message>
        <source>Player count of %1 unavailable: %2</source>
        <translation>%1 的玩家人数不可用：%2</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpClient</name>
    <message>
        <source>the server closed the connection without a status answer</source>
        <translation>服务器未发送状态应答就关闭了连接</translation>
    </message>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation>无法连接 %1:%2：%3</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: it is too long</source>
        <translation>不是 Minecraft 状态应答：内容过长</translation>
    </message>
    <message>
        <source>not a Minecraft status answer: %1</source>
        <translation>不是 Minecraft 状态应答：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::gamequery::SlpCodec</name>
    <message>
        <source>the answer is not a Minecraft packet</source>
        <translation>应答不是 Minecraft 数据包</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, more than the %2 accepted</source>
        <translation>应答声明 %1 字节，超过可接受的 %2 字节</translation>
    </message>
    <message>
        <source>the answer is not a status response</source>
        <translation>应答不是状态响应</translation>
    </message>
    <message>
        <source>the status response&apos;s text does not match its length</source>
        <translation>状态响应的文本与其长度不符</translation>
    </message>
    <message>
        <source>the status response is not a JSON object</source>
        <translation>状态响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>the status response has no player counts (players.online and players.max)</source>
        <translation>状态响应中没有玩家人数（players.online 和 players.max）</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpClientConnection</name>
    <message>
        <source>malformed answer: %1</source>
        <translation>格式错误的响应：%1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpResponseParser</name>
    <message>
        <source>not an HTTP response</source>
        <translation>不是 HTTP 响应</translation>
    </message>
    <message>
        <source>malformed status line</source>
        <translation>状态行格式错误</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>头部行格式错误</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length 格式错误</translation>
    </message>
    <message>
        <source>the response body is larger than %1 bytes</source>
        <translation>响应正文超过 %1 字节</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>响应头超过 %1 字节</translation>
    </message>
    <message>
        <source>malformed chunk header</source>
        <translation>分块头格式错误</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>分块大小格式错误</translation>
    </message>
    <message>
        <source>missing line break after a chunk</source>
        <translation>分块之后缺少换行</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response</source>
        <translation>连接在响应过程中关闭</translation>
    </message>
</context>
<context>
    <name>mechdock::http::HttpServer</name>
    <message>
        <source>HTTP endpoint on port %1: %2 connections are open, the most allowed; closing new ones until some end</source>
        <translation>端口 %1 上的 HTTP 端点：已打开 %2 个连接，达到上限；在部分连接结束前将关闭新连接</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationCache</name>
    <message>
        <source>no animation library is configured</source>
        <translation>未配置动画库</translation>
    </message>
    <message>
        <source>the animation speed must be above zero</source>
        <translation>动画速度必须大于零</translation>
    </message>
    <message>
        <source>animations cannot be re-timed: no renderer is configured</source>
        <translation>无法调整动画时序：未配置渲染器</translation>
    </message>
    <message>
        <source>the animation %1 could not be rendered</source>
        <translation>无法渲染动画 %1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationDiskCache</name>
    <message>
        <source>cannot create the animation cache folder %1</source>
        <translation>无法创建动画缓存文件夹 %1</translation>
    </message>
    <message>
        <source>the animation (%1 bytes) is larger than the disk cache limit</source>
        <translation>动画（%1 字节）超过磁盘缓存上限</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the animation cache index in %1</source>
        <translation>无法在 %1 中写入动画缓存索引</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationLibrary</name>
    <message>
        <source>the built-in animation %1 is missing</source>
        <translation>内置动画 %1 缺失</translation>
    </message>
    <message>
        <source>the built-in animation %1 is empty</source>
        <translation>内置动画 %1 为空</translation>
    </message>
    <message>
        <source>cannot read the animation %1: %2</source>
        <translation>无法读取动画 %1：%2</translation>
    </message>
    <message>
        <source>the animation %1 is empty</source>
        <translation>动画 %1 为空</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationRetimer</name>
    <message>
        <source>the speed %1 is out of range: it must be above 0 and at most %2</source>
        <translation>速度 %1 超出范围：必须大于 0 且不超过 %2</translation>
    </message>
    <message>
        <source>the minimum frame duration %1 ms is out of range (0 to %2)</source>
        <translation>最短帧时长 %1 ms 超出范围（0 到 %2）</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::AnimationTranscoder</name>
    <message>
        <source>the width %1 is out of range (1 to %2)</source>
        <translation>宽度 %1 超出范围（1 到 %2）</translation>
    </message>
    <message>
        <source>the quality %1 is out of range (0 to 100, or -1 for automatic)</source>
        <translation>质量 %1 超出范围（0 到 100，或 -1 表示自动）</translation>
    </message>
    <message>
        <source>the resized height %1 would be larger than the limit of %2</source>
        <translation>缩放后的高度 %1 将超过上限 %2</translation>
    </message>
    <message>
        <source>the WebP library does not match the version Mechdock was built with</source>
        <translation>WebP 库与构建 Mechdock 时使用的版本不一致</translation>
    </message>
    <message>
        <source>the animation cannot be decoded</source>
        <translation>无法解码该动画</translation>
    </message>
    <message>
        <source>invalid encoder settings</source>
        <translation>编码器设置无效</translation>
    </message>
    <message>
        <source>not enough memory to resize the animation</source>
        <translation>内存不足，无法缩放动画</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded</source>
        <translation>无法解码第 %1 帧</translation>
    </message>
    <message>
        <source>frame %1 cannot be encoded: %2</source>
        <translation>无法编码第 %1 帧：%2</translation>
    </message>
    <message>
        <source>the resized animation cannot be assembled: %1</source>
        <translation>无法组装缩放后的动画：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::DonationLedger</name>
    <message>
        <source>a donation must be at least one cent</source>
        <translation>捐赠金额至少为一分</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>调整额为零，不会有任何变化</translation>
    </message>
    <message>
        <source>the amount is larger than a ledger entry accepts</source>
        <translation>金额超过账本条目允许的上限</translation>
    </message>
    <message>
        <source>the idempotency key is longer than 200 characters</source>
        <translation>幂等键超过 200 个字符</translation>
    </message>
    <message>
        <source>cannot start a ledger transaction: %1</source>
        <translation>无法开始账本事务：%1</translation>
    </message>
    <message>
        <source>cannot record the donation: %1</source>
        <translation>无法记录捐赠：%1</translation>
    </message>
    <message>
        <source>cannot write a ledger snapshot: %1</source>
        <translation>无法写入账本快照：%1</translation>
    </message>
    <message>
        <source>cannot commit the donation: %1</source>
        <translation>无法提交捐赠：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::EvolutionLevels</name>
    <message>
        <source>The Rustborn Husk</source>
        <translation>锈生残骸</translation>
    </message>
    <message>
        <source>Scrapyard Walker</source>
        <translation>废料场行者</translation>
    </message>
    <message>
        <source>Ironclad Strider</source>
        <translation>铁甲阔步者</translation>
    </message>
    <message>
        <source>Steel Sentinel</source>
        <translation>钢铁哨兵</translation>
    </message>
    <message>
        <source>Cobalt Vanguard</source>
        <translation>钴蓝先锋</translation>
    </message>
    <message>
        <source>Thunder Warden</source>
        <translation>雷霆守卫</translation>
    </message>
    <message>
        <source>Titan Breaker</source>
        <translation>泰坦破坏者</translation>
    </message>
    <message>
        <source>Plasma Colossus</source>
        <translation>等离子巨像</translation>
    </message>
    <message>
        <source>Storm Dreadnought</source>
        <translation>风暴无畏舰</translation>
    </message>
    <message>
        <source>Celestial Juggernaut</source>
        <translation>天穹主宰</translation>
    </message>
    <message>
        <source>OMEGA MECH</source>
        <translation>OMEGA 机甲</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::MechService</name>
    <message>
        <source>the donation ledger is not available</source>
        <translation>捐赠账本不可用</translation>
    </message>
    <message>
        <source>cannot read the donation ledger: %1</source>
        <translation>无法读取捐赠账本：%1</translation>
    </message>
    <message>
        <source>the animation cache is not available</source>
        <translation>动画缓存不可用</translation>
    </message>
</context>
<context>
    <name>mechdock::mech::WebpContainer</name>
    <message>
        <source>not a WebP file (no RIFF/WEBP header)</source>
        <translation>不是 WebP 文件（没有 RIFF/WEBP 文件头）</translation>
    </message>
    <message>
        <source>damaged WebP file: the RIFF size is too small</source>
        <translation>WebP 文件已损坏：RIFF 大小过小</translation>
    </message>
    <message>
        <source>truncated WebP file: the header announces %1 bytes but there are %2</source>
        <translation>WebP 文件被截断：文件头声明 %1 字节，实际只有 %2 字节</translation>
    </message>
    <message>
        <source>truncated WebP file: incomplete chunk header at offset %1</source>
        <translation>WebP 文件被截断：偏移 %1 处的块头不完整</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; at offset %2 runs past the end of the file</source>
        <translation>WebP 文件已损坏：偏移 %2 处的块“%1”超出文件末尾</translation>
    </message>
    <message>
        <source>not an animated WebP (a still image)</source>
        <translation>不是动画 WebP（是静态图像）</translation>
    </message>
    <message>
        <source>damaged WebP file: the first chunk must be VP8X, found &quot;%1&quot;</source>
        <translation>WebP 文件已损坏：第一个块必须是 VP8X，实际为“%1”</translation>
    </message>
    <message>
        <source>damaged WebP file: unknown feature flags in the VP8X chunk</source>
        <translation>WebP 文件已损坏：VP8X 块中有未知的功能标志</translation>
    </message>
    <message>
        <source>the canvas %1x%2 is larger than the limit of %3x%3</source>
        <translation>画布 %1x%2 超过上限 %3x%3</translation>
    </message>
    <message>
        <source>damaged WebP file: a second or short ANIM chunk</source>
        <translation>WebP 文件已损坏：出现第二个或过短的 ANIM 块</translation>
    </message>
    <message>
        <source>damaged WebP file: a frame comes before the ANIM chunk</source>
        <translation>WebP 文件已损坏：有帧位于 ANIM 块之前</translation>
    </message>
    <message>
        <source>the animation has more than %1 frames</source>
        <translation>动画超过 %1 帧</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; outside an animation frame</source>
        <translation>WebP 文件已损坏：块“%1”位于动画帧之外</translation>
    </message>
    <message>
        <source>damaged WebP file: the animation has no ANIM chunk</source>
        <translation>WebP 文件已损坏：动画没有 ANIM 块</translation>
    </message>
    <message>
        <source>the animation has no frames</source>
        <translation>动画没有任何帧</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 is too short</source>
        <translation>WebP 文件已损坏：第 %1 帧过短</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 lies outside the canvas</source>
        <translation>WebP 文件已损坏：第 %1 帧位于画布之外</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 ends in an incomplete chunk</source>
        <translation>WebP 文件已损坏：第 %1 帧以不完整的块结尾</translation>
    </message>
    <message>
        <source>damaged WebP file: chunk &quot;%1&quot; in frame %2 runs past the frame&apos;s end</source>
        <translation>WebP 文件已损坏：第 %2 帧中的块“%1”超出该帧末尾</translation>
    </message>
    <message>
        <source>damaged WebP file: misplaced alpha data in frame %1</source>
        <translation>WebP 文件已损坏：第 %1 帧中的 alpha 数据位置错误</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 holds two images</source>
        <translation>WebP 文件已损坏：第 %1 帧包含两幅图像</translation>
    </message>
    <message>
        <source>damaged WebP file: the image of frame %1 is unreadable or does not match the frame size %2x%3</source>
        <translation>WebP 文件已损坏：第 %1 帧的图像无法读取或与帧尺寸 %2x%3 不符</translation>
    </message>
    <message>
        <source>damaged WebP file: unexpected chunk &quot;%1&quot; before the image of frame %2</source>
        <translation>WebP 文件已损坏：第 %2 帧的图像之前出现意外的块“%1”</translation>
    </message>
    <message>
        <source>damaged WebP file: frame %1 has no image data</source>
        <translation>WebP 文件已损坏：第 %1 帧没有图像数据</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::MemoryMonitor</name>
    <message>
        <source>Memory pressure high: halved the caches (%1 entries freed)</source>
        <translation>内存压力高：缓存已减半（释放 %1 个条目）</translation>
    </message>
    <message>
        <source>Memory pressure critical: %1 % of the limit used; caches cleared and optional work paused</source>
        <translation>内存压力危急：已使用上限的 %1 %；缓存已清空，可选工作已暂停</translation>
    </message>
    <message>
        <source>Force cleanup freed %1 entries (%2 bytes); RSS %3 -&gt; %4</source>
        <translation>强制清理释放了 %1 个条目（%2 字节）；RSS %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Memory grew %1 % between checkpoints %2 and %3</source>
        <translation>内存在检查点 %2 和 %3 之间增长了 %1 %</translation>
    </message>
</context>
<context>
    <name>mechdock::monitor::ResourceMonitor</name>
    <message>
        <source>%1 at %2 %</source>
        <translation>%1 达到 %2 %</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>系统 CPU</translation>
    </message>
    <message>
        <source>Disk of the data folder</source>
        <translation>数据文件夹所在磁盘</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler</name>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::CronExpression</name>
    <message>
        <source>a cron expression has 5 fields (minute hour day-of-month month day-of-week), found %1</source>
        <translation>cron 表达式有 5 个字段（分 时 日 月 星期），实际为 %1 个</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>多余的字段</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::DdcImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>tasks.json is not valid JSON (at byte %1: %2)</source>
        <translation>tasks.json 不是有效的 JSON（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>tasks.json does not hold a list of tasks</source>
        <translation>tasks.json 中没有任务列表</translation>
    </message>
    <message>
        <source>entry is not a task object</source>
        <translation>条目不是任务对象</translation>
    </message>
    <message>
        <source>container_name is missing</source>
        <translation>缺少 container_name</translation>
    </message>
    <message>
        <source>action &quot;%1&quot; is not start, stop or restart</source>
        <translation>操作“%1”不是 start、stop 或 restart</translation>
    </message>
    <message>
        <source>is_active is not true/false; imported as active</source>
        <translation>is_active 不是 true/false；按启用导入</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; used %2</source>
        <translation>未知时区“%1”；已使用 %2</translation>
    </message>
    <message>
        <source>schedule_details is missing</source>
        <translation>缺少 schedule_details</translation>
    </message>
    <message>
        <source>schedule_details.time &quot;%1&quot; is not HH:MM</source>
        <translation>schedule_details.time“%1”不是 HH:MM 格式</translation>
    </message>
    <message>
        <source>seconds in schedule_details.time were dropped</source>
        <translation>已舍弃 schedule_details.time 中的秒</translation>
    </message>
    <message>
        <source>date taken from next_run_ts</source>
        <translation>日期取自 next_run_ts</translation>
    </message>
    <message>
        <source>one-time task without a valid year, month and day</source>
        <translation>一次性任务缺少有效的年、月、日</translation>
    </message>
    <message>
        <source>weekly task with an unknown weekday &quot;%1&quot;</source>
        <translation>每周任务的星期“%1”未知</translation>
    </message>
    <message>
        <source>monthly task with an invalid day &quot;%1&quot;</source>
        <translation>每月任务的日期“%1”无效</translation>
    </message>
    <message>
        <source>yearly task with an invalid month or day</source>
        <translation>每年任务的月份或日期无效</translation>
    </message>
    <message>
        <source>cron task without cron_string</source>
        <translation>cron 任务缺少 cron_string</translation>
    </message>
    <message>
        <source>unknown cycle &quot;%1&quot;</source>
        <translation>未知周期“%1”</translation>
    </message>
    <message>
        <source>schedule cannot be used: %1</source>
        <translation>调度无法使用：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::FieldParser</name>
    <message>
        <source>value out of range %1-%2</source>
        <translation>值超出范围 %1-%2</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>unknown month name (use JAN-DEC)</source>
        <translation>未知的月份名称（请使用 JAN-DEC）</translation>
    </message>
    <message>
        <source>unknown weekday name (use SUN-SAT)</source>
        <translation>未知的星期名称（请使用 SUN-SAT）</translation>
    </message>
    <message>
        <source>names are only allowed in the month and day-of-week fields</source>
        <translation>只有月份和星期字段可以使用名称</translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation>列表元素为空</translation>
    </message>
    <message>
        <source>range start is after its end (wrap-around ranges are not supported; write two ranges)</source>
        <translation>范围起点晚于终点（不支持跨界范围；请写成两个范围）</translation>
    </message>
    <message>
        <source>missing step after &apos;/&apos;</source>
        <translation>&apos;/&apos; 之后缺少步长</translation>
    </message>
    <message>
        <source>step must be between 1 and %1</source>
        <translation>步长必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>意外的文本</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleCli</name>
    <message>
        <source>Usage: mechdock schedule preview EXPRESSION [--tz ZONE] [--from ISO-TIME] [--count N]
EXPRESSION: a cron expression (&quot;30 2 * * 1-5&quot;) or &quot;daily 07:30&quot;, &quot;weekly mon,fri 18:00&quot;, &quot;monthly 31 02:00&quot;, &quot;yearly 12-24 20:00&quot;, &quot;once 2026-12-24T20:00&quot;.
</source>
        <translation>用法：mechdock schedule preview 表达式 [--tz 时区] [--from ISO时间] [--count N]
表达式：cron 表达式（&quot;30 2 * * 1-5&quot;）或 &quot;daily 07:30&quot;、&quot;weekly mon,fri 18:00&quot;、&quot;monthly 31 02:00&quot;、&quot;yearly 12-24 20:00&quot;、&quot;once 2026-12-24T20:00&quot;。
</translation>
    </message>
    <message>
        <source>error: unknown schedule command &quot;%1&quot;</source>
        <translation>错误：未知的调度命令“%1”</translation>
    </message>
    <message>
        <source>error: --count needs a number from 1 to 1000, got &quot;%1&quot;</source>
        <translation>错误：--count 需要 1 到 1000 之间的数字，实际为“%1”</translation>
    </message>
    <message>
        <source>error: unknown or incomplete option &quot;%1&quot;</source>
        <translation>错误：未知或不完整的选项“%1”</translation>
    </message>
    <message>
        <source>error: missing EXPRESSION</source>
        <translation>错误：缺少表达式</translation>
    </message>
    <message>
        <source>error: unknown time zone &quot;%1&quot;</source>
        <translation>错误：未知时区“%1”</translation>
    </message>
    <message>
        <source>error: --from &quot;%1&quot; is not an ISO 8601 time such as 2026-03-29T01:30:00+01:00</source>
        <translation>错误：--from“%1”不是 ISO 8601 时间，例如 2026-03-29T01:30:00+01:00</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; never runs after %2</source>
        <translation>“%1”在 %2 之后不会再运行</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleError</name>
    <message>
        <source>%1 (field %2 at position %3: &quot;%4&quot;)</source>
        <translation>%1（字段 %2，位置 %3：“%4”）</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::ScheduleSpec</name>
    <message>
        <source>empty schedule; expected once, daily, weekly, monthly, yearly or a cron expression</source>
        <translation>调度为空；应为 once、daily、weekly、monthly、yearly 或 cron 表达式</translation>
    </message>
    <message>
        <source>incomplete schedule; expected &quot;%1&quot;</source>
        <translation>调度不完整；应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>多余的字段</translation>
    </message>
    <message>
        <source>unexpected text; expected &quot;%1&quot;</source>
        <translation>意外的文本；应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a 24-hour time HH:MM</source>
        <translation>应为 24 小时制时间 HH:MM</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun) or a range like mon-fri</source>
        <translation>应为星期名称（mon-sun）或范围，如 mon-fri</translation>
    </message>
    <message>
        <source>expected a weekday name (mon-sun)</source>
        <translation>应为星期名称（mon-sun）</translation>
    </message>
    <message>
        <source>range start is after its end</source>
        <translation>范围起点晚于终点</translation>
    </message>
    <message>
        <source>expected a day of the month 1-31</source>
        <translation>应为月份中的日期 1-31</translation>
    </message>
    <message>
        <source>expected MM-DD with a month 01-12</source>
        <translation>应为 MM-DD，月份为 01-12</translation>
    </message>
    <message>
        <source>this month has no such day</source>
        <translation>该月没有这一天</translation>
    </message>
    <message>
        <source>unknown schedule kind; expected once, daily, weekly, monthly, yearly, cron or a cron expression</source>
        <translation>未知的调度类型；应为 once、daily、weekly、monthly、yearly、cron 或 cron 表达式</translation>
    </message>
    <message>
        <source>no weekday selected</source>
        <translation>未选择星期</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SchedulerApi</name>
    <message>
        <source>The stored schedule &quot;%1&quot; is not valid.</source>
        <translation>已保存的调度“%1”无效。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>未知时区“%1”；请使用 IANA 名称，例如 Europe/Berlin。</translation>
    </message>
    <message>
        <source>%1: imported disabled (%2)</source>
        <translation>%1：已导入但禁用（%2）</translation>
    </message>
    <message>
        <source>%1: not imported (%2)</source>
        <translation>%1：未导入（%2）</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::SpacingRule</name>
    <message>
        <source>This task would run at %1, less than 10 minutes from task %2 (%3 %4, &quot;%5&quot;) at %6. Tasks on one container must be at least 10 minutes apart.</source>
        <translation>此任务将在 %1 运行，与任务 %2（%3 %4，“%5”）在 %6 的运行相隔不到 10 分钟。同一容器上的任务必须至少间隔 10 分钟。</translation>
    </message>
</context>
<context>
    <name>mechdock::scheduler::TaskRunner</name>
    <message>
        <source>Choose a container for the task.</source>
        <translation>请为任务选择一个容器。</translation>
    </message>
    <message>
        <source>Invalid schedule: %1</source>
        <translation>调度无效：%1</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>未知时区“%1”；请使用 IANA 名称，例如 Europe/Berlin。</translation>
    </message>
    <message>
        <source>The time %1 is in the past.</source>
        <translation>时间 %1 已经过去。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never matches a date.</source>
        <translation>调度“%1”永远不会匹配任何日期。</translation>
    </message>
    <message>
        <source>A task with id %1 already exists.</source>
        <translation>ID 为 %1 的任务已存在。</translation>
    </message>
    <message>
        <source>There is no task with id %1.</source>
        <translation>不存在 ID 为 %1 的任务。</translation>
    </message>
    <message>
        <source>No result within %1 s; the run was abandoned.</source>
        <translation>%1 秒内没有结果；已放弃本次运行。</translation>
    </message>
    <message>
        <source>Skipped: the previous run of this task is still in progress.</source>
        <translation>已跳过：此任务的上一次运行仍在进行。</translation>
    </message>
    <message>
        <source>Missed: due at %1, more than %2 min before the scheduler could run it.</source>
        <translation>已错过：应于 %1 运行，比调度器能执行的时间早了超过 %2 分钟。</translation>
    </message>
    <message>
        <source>No action executor is connected.</source>
        <translation>未连接操作执行器。</translation>
    </message>
</context>
<context>
    <name>mechdock::security::CooldownTracker</name>
    <message>
        <source>Please wait %1 s before using this again.</source>
        <translation>请等待 %1 秒后再使用。</translation>
    </message>
    <message>
        <source>You have used %1 commands in the last minute; please wait %2 s.</source>
        <translation>你在过去一分钟内使用了 %1 条命令；请等待 %2 秒。</translation>
    </message>
    <message>
        <source>You have pressed %1 buttons in the last minute; please wait %2 s.</source>
        <translation>你在过去一分钟内按了 %1 次按钮；请等待 %2 秒。</translation>
    </message>
</context>
<context>
    <name>mechdock::security::PermissionPolicy</name>
    <message>
        <source>Mechdock is not set up for this server.</source>
        <translation>Mechdock 尚未为此服务器设置。</translation>
    </message>
    <message>
        <source>This channel is not configured for Mechdock.</source>
        <translation>此频道未为 Mechdock 配置。</translation>
    </message>
    <message>
        <source>Only Mechdock admins may use /%1.</source>
        <translation>只有 Mechdock 管理员可以使用 /%1。</translation>
    </message>
    <message>
        <source>/%1 works only in control channels.</source>
        <translation>/%1 只能在控制频道中使用。</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>未知容器。</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>未知命令。</translation>
    </message>
    <message>
        <source>Details of this container are not shared.</source>
        <translation>此容器的详细信息不公开。</translation>
    </message>
    <message>
        <source>Logs can be read only in control channels.</source>
        <translation>只能在控制频道中查看日志。</translation>
    </message>
    <message>
        <source>Only Mechdock admins may read logs.</source>
        <translation>只有 Mechdock 管理员可以查看日志。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
    <message>
        <source>Actions work only in control channels.</source>
        <translation>操作只能在控制频道中执行。</translation>
    </message>
    <message>
        <source>%1 does not allow &quot;%2&quot;.</source>
        <translation>%1 不允许“%2”。</translation>
    </message>
    <message>
        <source>Only Mechdock admins may update containers.</source>
        <translation>只有 Mechdock 管理员可以更新容器。</translation>
    </message>
</context>
<context>
    <name>mechdock::service::AutoActionService</name>
    <message>
        <source>Auto-action notification not posted: the bot is not running</source>
        <translation>未发布自动操作通知：机器人未运行</translation>
    </message>
    <message>
        <source>Could not post the auto-action notification in channel %1: %2</source>
        <translation>无法在频道 %1 中发布自动操作通知：%2</translation>
    </message>
    <message>
        <source>No auto-action rules are configured.</source>
        <translation>未配置任何自动操作规则。</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire (nothing was done):</source>
        <translation>%2 条规则中有 %1 条会触发（未执行任何操作）：</translation>
    </message>
</context>
<context>
    <name>mechdock::service::BotService</name>
    <message>
        <source>Database unavailable: %1</source>
        <translation>数据库不可用：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No Discord bot token is configured. Add it on the Settings page of the panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload (SIGHUP) Mechdock.</source>
        <translation>未配置 Discord 机器人令牌。请在面板的设置页面中添加，或在环境中设置 DISCORD_BOT_TOKEN，然后重启或重新加载（SIGHUP）Mechdock。</translation>
    </message>
    <message>
        <source>Health endpoint off: %1</source>
        <translation>健康检查端点已关闭：%1</translation>
    </message>
    <message>
        <source>Health and metrics on http://%1 (/health, /health/memory, /metrics)</source>
        <translation>健康检查和指标位于 http://%1（/health、/health/memory、/metrics）</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>服务已启动</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>服务已停止</translation>
    </message>
    <message>
        <source>Reloading the configuration</source>
        <translation>正在重新加载配置</translation>
    </message>
    <message>
        <source>Docker endpoint %1 (%2): reachable</source>
        <translation>Docker 端点 %1（%2）：可达</translation>
    </message>
    <message>
        <source>Scheduled tasks not loaded: %1</source>
        <translation>计划任务未加载：%1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 失败：%3</translation>
    </message>
    <message>
        <source>Mech animations not prepared: %1</source>
        <translation>机甲动画未准备好：%1</translation>
    </message>
    <message>
        <source>The mech is not running (the database is unavailable).</source>
        <translation>机甲未运行（数据库不可用）。</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>由 %1 记录</translation>
    </message>
    <message>
        <source>Thank you! $%1 recorded. The mech is at level %2 (%3) with $%4 of power.</source>
        <translation>谢谢！已记录 $%1。机甲当前为 %2 级（%3），能量 $%4。</translation>
    </message>
    <message>
        <source>The mech is at level %1 (%2), power $%3, speed %4 %.</source>
        <translation>机甲当前为 %1 级（%2），能量 $%3，速度 %4 %。</translation>
    </message>
    <message>
        <source>$%1 of $%2 to the next level.</source>
        <translation>下一级进度：$%1 / $%2。</translation>
    </message>
    <message>
        <source>The service is not running.</source>
        <translation>服务未在运行。</translation>
    </message>
    <message>
        <source>The database is available again</source>
        <translation>数据库已恢复可用</translation>
    </message>
    <message>
        <source>Docker endpoint %1 unreachable: %2</source>
        <translation>Docker 端点 %1 无法访问：%2</translation>
    </message>
    <message>
        <source>Heartbeat off: alerts.heartbeatUrl is not an http or https URL</source>
        <translation>心跳已关闭：alerts.heartbeatUrl 不是 http 或 https URL</translation>
    </message>
    <message>
        <source>The keychain was asked too: %1.</source>
        <translation>也查询了密钥环：%1。</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ContainerPoller</name>
    <message>
        <source>Unknown container.</source>
        <translation>未知容器。</translation>
    </message>
    <message>
        <source>Docker went away.</source>
        <translation>Docker 已无法访问。</translation>
    </message>
</context>
<context>
    <name>mechdock::service::CrashAlertReporter</name>
    <message>
        <source>Docker endpoint %1 does not answer: %2</source>
        <translation>Docker 端点 %1 无响应：%2</translation>
    </message>
    <message>
        <source>Docker endpoint %1 answers again</source>
        <translation>Docker 端点 %1 已恢复响应</translation>
    </message>
    <message>
        <source>%1 is in a restart loop: %2 crashes in %3 min</source>
        <translation>%1 陷入重启循环：%3 分钟内崩溃 %2 次</translation>
    </message>
    <message>
        <source>%1 was killed: out of memory</source>
        <translation>%1 已被终止：内存不足</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly (exit code %2)</source>
        <translation>%1 意外停止（退出码 %2）</translation>
    </message>
    <message>
        <source>Crash alert not posted to Discord: the bot is not running</source>
        <translation>崩溃警报未发送到 Discord：机器人未运行</translation>
    </message>
    <message>
        <source>Could not post the alert in channel %1: %2</source>
        <translation>无法在频道 %1 中发布警报：%2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::DiscordBot</name>
    <message>
        <source>No Discord bot token is configured.</source>
        <translation>未配置 Discord 机器人令牌。</translation>
    </message>
    <message>
        <source>Discord rejected the bot token. Set a valid token in the settings or DISCORD_BOT_TOKEN.</source>
        <translation>Discord 拒绝了机器人令牌。请在设置或 DISCORD_BOT_TOKEN 中设置有效的令牌。</translation>
    </message>
    <message>
        <source>Connecting to Discord at %1</source>
        <translation>正在连接 Discord：%1</translation>
    </message>
    <message>
        <source>Slash commands not registered%1: %2</source>
        <translation>斜杠命令未注册%1：%2</translation>
    </message>
    <message>
        <source>Slash commands registered%1</source>
        <translation>斜杠命令已注册%1</translation>
    </message>
    <message>
        <source>Slash commands unchanged%1</source>
        <translation>斜杠命令未变化%1</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) arrived too late to be answered within Discord&apos;s 3 seconds and were dropped; the service is overloaded.</source>
        <translation>
            <numerusform>%n 个交互到达太晚，无法在 Discord 的 3 秒内回复，已丢弃；服务过载。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::service::EndpointProbe</name>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HealthServer</name>
    <message>
        <source>the service is not running</source>
        <translation>服务未运行</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>docker endpoint %1: %2</source>
        <translation>Docker 端点 %1：%2</translation>
    </message>
    <message>
        <source>discord gateway stopped: %1</source>
        <translation>Discord 网关已停止：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ADDRESS:PORT</source>
        <translation>“%1”不是 地址:端口 格式</translation>
    </message>
    <message>
        <source>cannot listen on %1 (address in use, or not this machine&apos;s)</source>
        <translation>无法监听 %1（地址已被占用，或不属于本机）</translation>
    </message>
    <message numerus="yes">
        <source>database writes are failing (%n so far): %1</source>
        <translation>
            <numerusform>数据库写入持续失败（迄今 %n 次）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk of the data folder %1 is full: %2 MB free, below %3 MB</source>
        <translation>数据文件夹 %1 所在磁盘已满：可用 %2 MB，低于 %3 MB</translation>
    </message>
    <message>
        <source>discord gateway not connected for %1 s (allowed: %2 s)%3</source>
        <translation>Discord 网关已 %1 s 未连接（允许：%2 s）%3</translation>
    </message>
</context>
<context>
    <name>mechdock::service::HeartbeatPinger</name>
    <message>
        <source>Heartbeat: the push URL answers again</source>
        <translation>心跳：推送 URL 已恢复响应</translation>
    </message>
    <message>
        <source>Heartbeat: the push URL did not take the ping: %1</source>
        <translation>心跳：推送 URL 未接受心跳：%1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
</context>
<context>
    <name>mechdock::service::InstanceLock</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>another Mechdock engine uses this data folder</source>
        <translation>另一个 Mechdock 引擎正在使用此数据文件夹</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
    <message>
        <source>locked, but cannot record the holder in %1: %2</source>
        <translation>已锁定，但无法在 %1 中记录持有者：%2</translation>
    </message>
</context>
<context>
    <name>mechdock::service::MessageIntents</name>
    <message>
        <source>Discord refused the Message Content intent (close code 4014), so auto-actions cannot read messages. Turn it on: Discord Developer Portal → your application → Bot → Privileged Gateway Intents → enable &quot;Message Content Intent&quot;, save, then reload Mechdock. Until then the bot connects without it: slash commands and buttons keep working.</source>
        <translation>Discord 拒绝了 Message Content intent（关闭代码 4014），因此自动操作无法读取消息。请开启它：Discord Developer Portal → 你的应用 → Bot → Privileged Gateway Intents → 启用“Message Content Intent”，保存，然后重新加载 Mechdock。在此之前，机器人会在没有它的情况下连接：斜杠命令和按钮仍可正常使用。</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ScheduledActionExecutor</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>此服务中未运行 Docker。</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceBotBackend</name>
    <message>
        <source>Docker is not running in this service.</source>
        <translation>此服务中未运行 Docker。</translation>
    </message>
    <message>
        <source>%1 asked Discord to %2 %3</source>
        <translation>%1 通过 Discord 请求对 %3 执行“%2”</translation>
    </message>
    <message>
        <source>Unknown container.</source>
        <translation>未知容器。</translation>
    </message>
    <message>
        <source>The mech is not running, so the donation was not recorded. Check the service log for why.</source>
        <translation>机甲未运行，因此未记录此次捐赠。请查看服务日志了解原因。</translation>
    </message>
    <message>
        <source>The scheduler is not running (the database is unavailable).</source>
        <translation>调度器未运行（数据库不可用）。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or restart.</source>
        <translation>未知操作“%1”：请使用 start、stop 或 restart。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Europe/Berlin.</source>
        <translation>未知时区“%1”；请使用 IANA 名称，例如 Europe/Berlin。</translation>
    </message>
    <message>
        <source>Scheduled %1 of %2 (task %3). Next runs: %4</source>
        <translation>已为 %2 安排“%1”（任务 %3）。接下来的运行：%4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 deleted scheduled task %2</source>
        <translation>%1 删除了计划任务 %2</translation>
    </message>
    <message>
        <source>Deleted task %1.</source>
        <translation>已删除任务 %1。</translation>
    </message>
    <message>
        <source>**System health**</source>
        <translation>**系统健康**</translation>
    </message>
    <message>
        <source>Memory: %1 MB of %2 MB, pressure %3.</source>
        <translation>内存：%1 MB / %2 MB，压力 %3。</translation>
    </message>
    <message>
        <source>CPU: %1 % (Mechdock), %2 % (system); disk %3 % used.</source>
        <translation>CPU：%1 %（Mechdock），%2 %（系统）；磁盘已用 %3 %。</translation>
    </message>
    <message>
        <source>Database: ok.</source>
        <translation>数据库：正常。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Docker %1: reachable (API %2).</source>
        <translation>Docker %1：可达（API %2）。</translation>
    </message>
    <message>
        <source>Docker %1: %2</source>
        <translation>Docker %1：%2</translation>
    </message>
    <message>
        <source>Gateway latency: %1 ms; REST 429 answers: %2.</source>
        <translation>网关延迟：%1 ms；REST 429 响应：%2 次。</translation>
    </message>
    <message>
        <source>**Operation timings** (count, p50 / p95 / p99 ms, success)</source>
        <translation>**操作耗时**（次数，p50 / p95 / p99 ms，成功率）</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>尚未测量任何内容。</translation>
    </message>
    <message>
        <source>**Memory**: %1 MB resident, %2 MB heap, limit %3 MB, pressure %4.</source>
        <translation>**内存**：常驻 %1 MB，堆 %2 MB，上限 %3 MB，压力 %4。</translation>
    </message>
    <message>
        <source>Caches and queues (entries / limit, hit rate, evictions):</source>
        <translation>缓存与队列（条目 / 上限，命中率，淘汰数）：</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB); resident memory %3 MB → %4 MB.</source>
        <translation>清理释放了 %1 个条目（%2 MB）；常驻内存 %3 MB → %4 MB。</translation>
    </message>
    <message>
        <source>Cleanup freed %1 entries (%2 MB).</source>
        <translation>清理释放了 %1 个条目（%2 MB）。</translation>
    </message>
    <message>
        <source>**Security**: default deny; %1 status and %2 control channels; %3 admin users and %4 admin roles.</source>
        <translation>**安全**：默认拒绝；%1 个状态频道和 %2 个控制频道；%3 个管理员用户和 %4 个管理员角色。</translation>
    </message>
    <message>
        <source>Per-minute caps: %1 commands, %2 buttons.</source>
        <translation>每分钟上限：%1 条命令，%2 次按钮。</translation>
    </message>
    <message>
        <source>No donation links are configured.</source>
        <translation>未配置捐赠链接。</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>没有计划任务。</translation>
    </message>
    <message>
        <source>no further runs</source>
        <translation>不再运行</translation>
    </message>
    <message>
        <source>The audit log cannot keep up; entries are dropped.</source>
        <translation>审计日志跟不上；部分条目被丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries not written: %1</source>
        <translation>
            <numerusform>%n 条审计条目未写入：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made Discord user %2 an admin</source>
        <translation>%1 将 Discord 用户 %2 设为管理员</translation>
    </message>
    <message>
        <source>%1 removed Discord user %2 from the admins</source>
        <translation>%1 将 Discord 用户 %2 从管理员中移除</translation>
    </message>
    <message>
        <source>%1 is now a Mechdock admin.</source>
        <translation>%1 现在是 Mechdock 管理员。</translation>
    </message>
    <message>
        <source>%1 is no longer a Mechdock admin.</source>
        <translation>%1 不再是 Mechdock 管理员。</translation>
    </message>
    <message>
        <source>%1 is already a Mechdock admin.</source>
        <translation>%1 已经是 Mechdock 管理员。</translation>
    </message>
    <message>
        <source>%1 is not in the list of admin users (an admin role may make them one; roles are changed in the settings).</source>
        <translation>%1 不在管理员用户列表中（管理员角色可能使其成为管理员；角色在设置中更改）。</translation>
    </message>
    <message>
        <source>%1 is the last admin: add another admin first, so someone can still manage Mechdock from Discord.</source>
        <translation>%1 是最后一位管理员：请先添加另一位管理员，以便仍有人能从 Discord 管理 Mechdock。</translation>
    </message>
    <message>
        <source>This service runs without a settings file, so admins can only be set where it is started.</source>
        <translation>此服务没有设置文件运行，因此只能在启动它的地方设置管理员。</translation>
    </message>
    <message>
        <source>The settings file has an error, so it was not changed: %1</source>
        <translation>设置文件有错误，因此未被更改：%1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Saved in the settings file, but an environment variable sets the admins, so nothing changes until it is removed.</source>
        <translation>已保存到设置文件，但有环境变量设定了管理员，在移除它之前不会有任何变化。</translation>
    </message>
</context>
<context>
    <name>mechdock::service::ServiceSnapshot</name>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>mechdock::service::StatusChannelPublisher</name>
    <message>
        <source>Could not post the status message in channel %1: %2</source>
        <translation>无法在频道 %1 中发布状态消息：%2</translation>
    </message>
    <message>
        <source>Re-posting the status messages in channel %1</source>
        <translation>正在频道 %1 中重新发布状态消息</translation>
    </message>
    <message>
        <source>Could not read channel %1 to find earlier status messages: %2</source>
        <translation>无法读取频道 %1 以查找先前的状态消息：%2</translation>
    </message>
    <message>
        <source>Channel %1: reusing %2 earlier status messages, removed %3 duplicates</source>
        <translation>频道 %1：复用 %2 条先前的状态消息，删除了 %3 条重复消息</translation>
    </message>
</context>
<context>
    <name>mechdock::service::SwarmServiceTracker</name>
    <message>
        <source>global service, %1 tasks running</source>
        <translation>全局服务，%1 个任务在运行</translation>
    </message>
    <message>
        <source>replicated service, %1 tasks running</source>
        <translation>副本服务，%1 个任务在运行</translation>
    </message>
    <message>
        <source>; update %1</source>
        <translation>；更新 %1</translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation>未知服务。</translation>
    </message>
</context>
<context>
    <name>mechdock::storage</name>
    <message>
        <source>cannot create the schema version table: %1</source>
        <translation>无法创建架构版本表：%1</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::ConnectionPool</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 不是可用的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>all %1 database connections stayed busy for %2 ms</source>
        <translation>全部 %1 个数据库连接在 %2 ms 内一直处于忙碌状态</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Database</name>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>无法为数据库创建文件夹 %1</translation>
    </message>
    <message>
        <source>the database %1 is not writable by this user</source>
        <translation>当前用户无法写入数据库 %1</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 不是可用的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Stop Mechdock, move the file aside (sqlite3&apos;s .recover can rescue its rows) and start again: a new database is created.</source>
        <translation>%1 已损坏（%2）。请停止 Mechdock，将该文件移到别处（sqlite3 的 .recover 可以恢复其中的行），然后重新启动：将创建新的数据库。</translation>
    </message>
</context>
<context>
    <name>mechdock::storage::Migrator</name>
    <message>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>无法读取 &apos;%1&apos; 的架构版本</translation>
    </message>
    <message>
        <source>the database&apos;s &apos;%1&apos; tables are at version %2, newer than this Mechdock knows (%3): run a newer Mechdock or restore a backup</source>
        <translation>数据库中 &apos;%1&apos; 的表版本为 %2，高于此 Mechdock 所知的版本（%3）：请运行更新版本的 Mechdock 或恢复备份</translation>
    </message>
    <message>
        <source>migrations of &apos;%1&apos; are not numbered 1..n</source>
        <translation>&apos;%1&apos; 的迁移编号不是 1..n</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>migration %1 of &apos;%2&apos; (%3) failed: %4</source>
        <translation>&apos;%2&apos; 的迁移 %1（%3）失败：%4</translation>
    </message>
    <message>
        <source>cannot record migration %1 of &apos;%2&apos;: %3</source>
        <translation>无法记录 &apos;%2&apos; 的迁移 %1：%3</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AuditTableModel</name>
    <message>
        <source>User id: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>Guild: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>频道：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::AutoActionsPanel</name>
    <message>
        <source>Posted by a &amp;bot</source>
        <translation>由机器人发布(&amp;B)</translation>
    </message>
    <message>
        <source>Posted by a &amp;webhook</source>
        <translation>由 Webhook 发布(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Test the rules</source>
        <translation>测试规则(&amp;T)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Would fire</source>
        <translation>会触发</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>Cool-down skips</source>
        <translation>冷却跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>上次触发</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Paste a message, e.g. &quot;New version 1.2 is out&quot;</source>
        <translation>粘贴一条消息，例如“新版本 1.2 已发布”</translation>
    </message>
    <message>
        <source>Nothing is done: the rules only say what they would do</source>
        <translation>不会执行任何操作：规则只显示它们会做什么</translation>
    </message>
    <message>
        <source>Channel id (empty: a channel no rule names)</source>
        <translation>频道 ID（留空：任何规则都未指定的频道）</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>频道(&amp;C)：</translation>
    </message>
    <message>
        <source>Counters and last firings</source>
        <translation>计数器和上次触发</translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>未连接到引擎。</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters.</source>
        <translation>一条消息最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <translation>%1（已跳过：%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No auto-action rules are configured (autoActions.rules).</source>
        <translation>未配置任何自动操作规则（autoActions.rules）。</translation>
    </message>
    <message>
        <source>%1 of %2 rule(s) would fire. Nothing was done.</source>
        <translation>%2 条规则中有 %1 条会触发。未执行任何操作。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已省略：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>Listening to messages: %n firing(s) waiting.</source>
        <translation>
            <numerusform>正在监听消息：%n 个触发等待中。</numerusform>
        </translation>
    </message>
    <message>
        <source>No rule is enabled: the bot does not read messages.</source>
        <translation>没有启用任何规则：机器人不读取消息。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::CacheTableModel</name>
    <message>
        <source>Deepest so far: %1</source>
        <translation>历史最高：%1</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>set</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Entries held, against the bound</source>
        <translation>当前条目数与上限</translation>
    </message>
    <message>
        <source>Estimated payload bytes, against the byte bound when there is one</source>
        <translation>估算的负载字节数与字节上限（如有）</translation>
    </message>
    <message>
        <source>Lookups answered from the cache</source>
        <translation>由缓存命中的查找次数</translation>
    </message>
    <message>
        <source>Entries removed to stay within bounds, by age or by pressure</source>
        <translation>因超出上限而按时间或压力移除的条目</translation>
    </message>
    <message>
        <source>Queue items dropped or refused because the queue was full</source>
        <translation>因队列已满而丢弃或拒绝的项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ChoiceListDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Already in the settings</source>
        <translation>已在设置中</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>没有可选项。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ConnectDialog</name>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>User and &amp;password</source>
        <translation>用户和密码(&amp;P)</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>wss://server:8385 or /path/to/control.sock</source>
        <translation>wss://server:8385 或 /path/to/control.sock</translation>
    </message>
    <message>
        <source>A remote engine&apos;s control address (control.remoteListen on the server), or the local socket of a service on this computer</source>
        <translation>远程引擎的控制地址（服务器上的 control.remoteListen），或本机上某个服务的本地套接字</translation>
    </message>
    <message>
        <source>mdk_… (made on the server by mechdock control add-key)</source>
        <translation>mdk_…（在服务器上由 mechdock control add-key 生成）</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>请输入服务器的地址。</translation>
    </message>
    <message>
        <source>Not an address: use wss://host:port, host:port or the full path of a control.sock.</source>
        <translation>不是有效地址：请使用 wss://host:port、host:port 或 control.sock 的完整路径。</translation>
    </message>
    <message>
        <source>A service on this computer: no password is needed if you may open its socket.</source>
        <translation>本机上的服务：只要有权打开其套接字，就无需密码。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>请输入 API 密钥。</translation>
    </message>
    <message>
        <source>Enter the user and the password.</source>
        <translation>请输入用户和密码。</translation>
    </message>
    <message>
        <source>On the first connection you are asked to confirm the server&apos;s certificate fingerprint (mechdock control fingerprint prints it on the server).</source>
        <translation>首次连接时需要确认服务器证书的指纹（在服务器上运行 mechdock control fingerprint 可输出该指纹）。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainerTableModel</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Docker says</source>
        <translation>Docker 状态</translation>
    </message>
    <message>
        <source>Allowed from Discord: %1</source>
        <translation>Discord 允许：%1</translation>
    </message>
    <message>
        <source>Not configured for Discord</source>
        <translation>未为 Discord 配置</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>启动中…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>重启中…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>玩家</translation>
    </message>
    <message>
        <source>No answer from the game server yet</source>
        <translation>尚未收到游戏服务器的应答</translation>
    </message>
    <message>
        <source>The game server names no players</source>
        <translation>游戏服务器未列出任何玩家</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>A Swarm service: start scales it back, stop scales it to 0, restart replaces its tasks one by one</source>
        <translation>Swarm 服务：启动会恢复副本数，停止会缩容到 0，重启会逐个替换其任务</translation>
    </message>
    <message>
        <source>A container</source>
        <translation>一个容器</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::ContainersPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Containers of every Docker endpoint; configured ones can be controlled</source>
        <translation>所有 Docker 端点上的容器；已配置的容器可以控制</translation>
    </message>
    <message>
        <source>No containers reported yet: Mechdock is waiting for Docker.</source>
        <translation>尚未报告任何容器：Mechdock 正在等待 Docker。</translation>
    </message>
    <message>
        <source>Start the selected container</source>
        <translation>启动所选容器</translation>
    </message>
    <message>
        <source>Stop the selected container</source>
        <translation>停止所选容器</translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation>重启所选容器</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <source>The last %1 lines of the selected container&apos;s log</source>
        <translation>所选容器日志的最后 %1 行</translation>
    </message>
    <message>
        <source>Fetch the log again every 2 seconds and keep the newest line in view</source>
        <translation>每 2 秒重新获取日志，并保持最新一行可见</translation>
    </message>
    <message>
        <source>Select a container to see its log.</source>
        <translation>选择一个容器以查看其日志。</translation>
    </message>
    <message>
        <source>Log of %1 (%2)</source>
        <translation>%1 的日志（%2）</translation>
    </message>
    <message>
        <source>Log of %1 (%2): %3</source>
        <translation>%1 的日志（%2）：%3</translation>
    </message>
    <message>
        <source>&amp;Add to Discord</source>
        <translation>添加到 Discord(&amp;A)</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>搜索容器</translation>
    </message>
    <message>
        <source>List the selected container in the settings, so Discord shows it (status only; allow actions on the Settings page)</source>
        <translation>将所选容器加入设置，使 Discord 显示它（仅状态；可在“设置”页面中允许操作）</translation>
    </message>
    <message>
        <source>Select a container first</source>
        <translation>请先选择一个容器</translation>
    </message>
    <message>
        <source>The settings do not allow this action for %1</source>
        <translation>设置不允许对 %1 执行此操作</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 已在运行</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 未运行</translation>
    </message>
    <message>
        <source>Start the container %1 on %2?</source>
        <translation>启动 %2 上的容器 %1？</translation>
    </message>
    <message>
        <source>Stop the container %1 on %2?</source>
        <translation>停止 %2 上的容器 %1？</translation>
    </message>
    <message>
        <source>Restart the container %1 on %2?</source>
        <translation>重启 %2 上的容器 %1？</translation>
    </message>
    <message>
        <source>It is not configured for Discord; you act on it as the administrator.</source>
        <translation>该容器未为 Discord 配置；将以管理员身份对其操作。</translation>
    </message>
    <message>
        <source>The settings do not allow this for Discord; you act on it as the administrator.</source>
        <translation>设置不允许 Discord 执行此操作；将以管理员身份对其操作。</translation>
    </message>
    <message>
        <source>%1 %2: sent…</source>
        <translation>%1 %2：已发送…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 失败：%3</translation>
    </message>
    <message>
        <source>Show only the containers whose name, image, host, state or ports contain this text</source>
        <translation>只显示名称、镜像、主机、状态或端口包含此文本的容器</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Pull the selected container&apos;s image and, if it changed, make the container again from it</source>
        <translation>拉取所选容器的镜像，如有变化则据此重新创建容器</translation>
    </message>
    <message>
        <source>Update the container %1 on %2? Its image is pulled; if it changed, the container is made again from the new image with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>更新 %2 上的容器 %1？将拉取其镜像；如有变化，会以相同设置从新镜像重新创建容器，若新容器无法启动则恢复旧容器。</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Swarm rolls out a service&apos;s new image: docker service update --image</source>
        <translation>服务的新镜像由 Swarm 发布：docker service update --image</translation>
    </message>
    <message>
        <source>Start the Swarm service %1 on %2? It is scaled back to its replicas.</source>
        <translation>启动 %2 上的 Swarm 服务 %1？它将恢复到原有副本数。</translation>
    </message>
    <message>
        <source>Stop the Swarm service %1 on %2? It is scaled to 0; its replica count is kept for the next start.</source>
        <translation>停止 %2 上的 Swarm 服务 %1？它将缩容到 0；副本数会保留到下次启动。</translation>
    </message>
    <message>
        <source>Restart the Swarm service %1 on %2? Its tasks are replaced one by one.</source>
        <translation>重启 %2 上的 Swarm 服务 %1？其任务将逐个替换。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DashboardPage</name>
    <message>
        <source>Waiting for the service…</source>
        <translation>正在等待服务…</translation>
    </message>
    <message>
        <source>Discord bot:</source>
        <translation>Discord 机器人：</translation>
    </message>
    <message>
        <source>Docker:</source>
        <translation>Docker：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <source>Problems found in the settings file and the environment</source>
        <translation>设置文件和环境中发现的问题</translation>
    </message>
    <message>
        <source> (latency %1 ms)</source>
        <translation> （延迟 %1 ms）</translation>
    </message>
    <message>
        <source>%1 (%2): reachable, API %3</source>
        <translation>%1（%2）：可达，API %3</translation>
    </message>
    <message>
        <source>no endpoint reported yet</source>
        <translation>尚未报告任何端点</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>None: the settings are valid.</source>
        <translation>无：设置有效。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>测量中…</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>没有警报。</translation>
    </message>
    <message>
        <source>Force &amp;cleanup</source>
        <translation>强制清理(&amp;C)</translation>
    </message>
    <message>
        <source>Memory: not measured yet</source>
        <translation>内存：尚未测量</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>How much history the memory chart shows</source>
        <translation>内存图表显示的历史时长</translation>
    </message>
    <message>
        <source>Empty every registered cache and return free heap to the system now; shows what it freed</source>
        <translation>立即清空所有已注册的缓存并将空闲堆内存归还系统；显示释放了多少</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>How late the window&apos;s event loop runs a timer: above ~50 ms the panel feels sluggish</source>
        <translation>窗口事件循环执行定时器的延迟：超过约 50 ms 时面板会显得迟钝</translation>
    </message>
    <message>
        <source>Mechdock&apos;s CPU use (of one core) and the whole system&apos;s</source>
        <translation>Mechdock 的 CPU 占用（按单核计）和整个系统的 CPU 占用</translation>
    </message>
    <message>
        <source>Used space on the disk that holds Mechdock&apos;s data folder</source>
        <translation>Mechdock 数据文件夹所在磁盘的已用空间</translation>
    </message>
    <message>
        <source>The machine&apos;s network traffic: rate now and total since boot</source>
        <translation>本机网络流量：当前速率和开机以来的总量</translation>
    </message>
    <message>
        <source>Service and system</source>
        <translation>服务与系统</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>磁盘：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Panel delay:</source>
        <translation>面板延迟：</translation>
    </message>
    <message>
        <source>Every bounded cache and queue: what it holds and how well it works</source>
        <translation>所有有界缓存和队列：保存的内容及其效果</translation>
    </message>
    <message>
        <source>Recent alerts about memory, CPU, disk and the service, newest first</source>
        <translation>关于内存、CPU、磁盘和服务的近期警报，最新的在前</translation>
    </message>
    <message>
        <source>Caches and queues</source>
        <translation>缓存与队列</translation>
    </message>
    <message>
        <source>Cleaning up…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>p50 %1 ms · p99 %2 ms · max %3 ms</source>
        <translation>p50 %1 ms · p99 %2 ms · 最大 %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>Freed %n entr(ies), %1 of cache payload.</source>
        <translation>
            <numerusform>已释放 %n 个条目，缓存负载 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident %1 → %2.</source>
        <translation>常驻内存 %1 → %2。</translation>
    </message>
    <message>
        <source>Heap in use %1 → %2.</source>
        <translation>已用堆内存 %1 → %2。</translation>
    </message>
    <message>
        <source>Cleanup did not run: %1</source>
        <translation>清理未执行：%1</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>常驻内存 %1</translation>
    </message>
    <message>
        <source> · heap %1</source>
        <translation> · 堆 %1</translation>
    </message>
    <message>
        <source> · limit %1 (%2 % used)</source>
        <translation> · 上限 %1（已用 %2 %）</translation>
    </message>
    <message>
        <source>Mechdock %1 · system %2</source>
        <translation>Mechdock %1 · 系统 %2</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>%1/s in, %2/s out · </source>
        <translation>接收 %1/s，发送 %2/s · </translation>
    </message>
    <message>
        <source>%1 in, %2 out in total</source>
        <translation>共接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>Caches and queues (%1)</source>
        <translation>缓存与队列（%1）</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>警报（%1）</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>正在等待引擎…</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n 个容器运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n 个已停止</numerusform>
        </translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation>机器人 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s) reachable</source>
        <translation>
            <numerusform>%n 个端点中 %1 个可达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条警报</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DiscordPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>The bot&apos;s connection to Discord&apos;s gateway</source>
        <translation>机器人与 Discord 网关的连接</translation>
    </message>
    <message>
        <source>Since the service started</source>
        <translation>自服务启动以来</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Recent &amp;commands</source>
        <translation>最近命令(&amp;C)</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>审计日志(&amp;D)</translation>
    </message>
    <message>
        <source>Shards, latency and guilds</source>
        <translation>分片、延迟和服务器</translation>
    </message>
    <message>
        <source>The latest slash commands and buttons used in Discord</source>
        <translation>最近在 Discord 中使用的斜杠命令和按钮</translation>
    </message>
    <message>
        <source>Every recorded action, with filters</source>
        <translation>所有已记录的操作，可筛选</translation>
    </message>
    <message>
        <source>Discord: waiting for the service…</source>
        <translation>Discord：正在等待服务…</translation>
    </message>
    <message>
        <source>Latency: not connected</source>
        <translation>延迟：未连接</translation>
    </message>
    <message>
        <source>One gateway connection per shard; hover a stopped shard for the reason</source>
        <translation>每个分片一个网关连接；将鼠标悬停在已停止的分片上可查看原因</translation>
    </message>
    <message>
        <source>The guilds (servers) the bot is a member of</source>
        <translation>机器人所在的服务器（Guild）</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Latency (up to the last 10 minutes)</source>
        <translation>延迟（最近 10 分钟内）</translation>
    </message>
    <message>
        <source>Guilds</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>No guilds yet: they are listed once the bot is connected.</source>
        <translation>尚无服务器：机器人连接后将在此列出。</translation>
    </message>
    <message>
        <source>The latest Discord interactions, newest first; hover a row for the user, guild and channel ids</source>
        <translation>最近的 Discord 交互，最新的在前；将鼠标悬停在某行上可查看用户、服务器和频道 ID</translation>
    </message>
    <message>
        <source>No commands yet.</source>
        <translation>尚无命令。</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Where the action came from</source>
        <translation>操作的来源</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Show only actions with this outcome</source>
        <translation>只显示具有此结果的操作</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>How far back to look</source>
        <translation>要回溯多长时间</translation>
    </message>
    <message>
        <source>Who (exact name)</source>
        <translation>操作者（准确名称）</translation>
    </message>
    <message>
        <source>Show only actions by this user (the exact name as recorded)</source>
        <translation>只显示此用户的操作（按记录中的准确名称）</translation>
    </message>
    <message>
        <source>Action, e.g. /ss or start</source>
        <translation>操作，例如 /ss 或 start</translation>
    </message>
    <message>
        <source>Show only this action (exact, e.g. /ss, button:restart, donation)</source>
        <translation>只显示此操作（精确匹配，例如 /ss、button:restart、donation）</translation>
    </message>
    <message>
        <source>Read the audit log again (F5)</source>
        <translation>重新读取审计日志（F5）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Matching:</source>
        <translation>匹配(&amp;M)：</translation>
    </message>
    <message>
        <source>Recorded actions, allowed and denied; hover a row for the ids</source>
        <translation>已记录的操作，包括允许和拒绝的；将鼠标悬停在某行上可查看 ID</translation>
    </message>
    <message>
        <source>The audit log is read from the service&apos;s database.</source>
        <translation>审计日志从服务的数据库中读取。</translation>
    </message>
    <message>
        <source>The service has not started yet.</source>
        <translation>服务尚未启动。</translation>
    </message>
    <message>
        <source>No commands yet: slash commands and buttons used in Discord appear here.</source>
        <translation>尚无命令：在 Discord 中使用的斜杠命令和按钮会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n command(s) from Discord.</source>
        <translation>
            <numerusform>来自 Discord 的最近 %n 条命令。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>No recorded actions match these filters.</source>
        <translation>没有符合这些筛选条件的已记录操作。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matching action(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>最新的 %n 条匹配操作；缩小筛选范围可查看更早的操作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching action(s).</source>
        <translation>
            <numerusform>%n 条匹配操作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: online, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord：在线，%n 个分片中已连接 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discord: connecting, %1 of %n shard(s) connected</source>
        <translation>
            <numerusform>Discord：正在连接，%n 个分片中已连接 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Discord: connecting…</source>
        <translation>Discord：正在连接…</translation>
    </message>
    <message>
        <source>Discord: %1</source>
        <translation>Discord：%1</translation>
    </message>
    <message>
        <source>Latency: %1 ms now; %2 / %3 / %4 ms min / mean / max over the last 10 minutes</source>
        <translation>延迟：当前 %1 ms；最近 10 分钟最小 / 平均 / 最大 %2 / %3 / %4 ms</translation>
    </message>
    <message>
        <source>Latency: waiting for the first heartbeat</source>
        <translation>延迟：正在等待第一次心跳</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) handled</source>
        <translation>
            <numerusform>已处理 %n 次交互</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denied</source>
        <translation>
            <numerusform>已拒绝 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REST rate limit(s) hit</source>
        <translation>
            <numerusform>触发 REST 速率限制 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resume(s)</source>
        <translation>
            <numerusform>恢复会话 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session start(s) left today</source>
        <translation>
            <numerusform>今日剩余 %n 次会话启动</numerusform>
        </translation>
    </message>
    <message>
        <source>slash commands registered</source>
        <translation>斜杠命令已注册</translation>
    </message>
    <message>
        <source>slash commands not registered yet</source>
        <translation>斜杠命令尚未注册</translation>
    </message>
    <message>
        <source>The bot is not in any guild yet.</source>
        <translation>机器人尚未加入任何服务器。</translation>
    </message>
    <message numerus="yes">
        <source>In %n guild(s).</source>
        <translation>
            <numerusform>已加入 %n 个服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel and control API</source>
        <translation>面板与控制 API</translation>
    </message>
    <message>
        <source>Panel (older entries)</source>
        <translation>面板（较早的条目）</translation>
    </message>
    <message>
        <source>last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>正在重试</translation>
    </message>
    <message numerus="yes">
        <source>next attempt in %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too late to answer (overloaded)</source>
        <translation>
            <numerusform>%n 个来不及回复（过载）</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-&amp;actions</source>
        <translation>自动操作(&amp;A)</translation>
    </message>
    <message>
        <source>Try a message on the auto-action rules; their counters and last firings</source>
        <translation>用自动操作规则测试一条消息；查看其计数器和上次触发</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>自动操作</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::DonationDialog</name>
    <message>
        <source>Add donation</source>
        <translation>添加捐赠</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>The donated amount in dollars; it powers the mech and counts toward its next level</source>
        <translation>捐赠金额（美元）；它为机甲提供能量，并计入下一级的进度</translation>
    </message>
    <message>
        <source>Who donated</source>
        <translation>捐赠者名称</translation>
    </message>
    <message>
        <source>Shown in the donation history and in Discord</source>
        <translation>显示在捐赠历史和 Discord 中</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>A note for the history, e.g. where the money came from</source>
        <translation>历史记录中的备注，例如资金来源</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Record the donation (Enter)</source>
        <translation>记录此次捐赠（Enter）</translation>
    </message>
    <message>
        <source>Close without recording (Esc)</source>
        <translation>关闭且不记录（Esc）</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>捐赠者(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter an amount of at least $0.01.</source>
        <translation>请输入至少 $0.01 的金额。</translation>
    </message>
    <message>
        <source>Enter who donated.</source>
        <translation>请输入捐赠者。</translation>
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
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>An operator correction, not a donation</source>
        <translation>操作员所做的更正，并非捐赠</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::FirstRunChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Give the bot its token (Discord developer portal &gt; Bot &gt; Reset Token)</source>
        <translation>为机器人提供令牌（Discord 开发者门户 &gt; Bot &gt; Reset Token）</translation>
    </message>
    <message>
        <source>Settings: Discord</source>
        <translation>设置：Discord</translation>
    </message>
    <message>
        <source>Reach Docker (the socket, or an endpoint over TCP with TLS)</source>
        <translation>连接 Docker（套接字，或通过 TLS 的 TCP 端点）</translation>
    </message>
    <message>
        <source>Settings: Docker</source>
        <translation>设置：Docker</translation>
    </message>
    <message>
        <source>Invite the bot to your Discord server and list the server&apos;s id</source>
        <translation>邀请机器人加入 Discord 服务器并填写服务器 ID</translation>
    </message>
    <message>
        <source>Discord page</source>
        <translation>Discord 页面</translation>
    </message>
    <message>
        <source>Choose a status or control channel</source>
        <translation>选择状态频道或控制频道</translation>
    </message>
    <message>
        <source>Settings: channels</source>
        <translation>设置：频道</translation>
    </message>
    <message>
        <source>Choose the containers Discord shows (Add to Discord)</source>
        <translation>选择 Discord 显示的容器（添加到 Discord）</translation>
    </message>
    <message>
        <source>Containers page</source>
        <translation>容器页面</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::GuildTableModel</name>
    <message>
        <source>(not loaded yet)</source>
        <translation>（尚未加载）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Guild id %1</source>
        <translation>服务器 ID %1</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>no: not in Guild ids</source>
        <translation>否：不在服务器（Guild）ID 中</translation>
    </message>
    <message>
        <source>The slash commands are registered only in the servers the settings list. Add %1 to Guild ids on the Settings page (Discord tab) so this server can use them.</source>
        <translation>斜杠命令仅在设置中列出的服务器上注册。请在设置页面（Discord 标签页）将 %1 添加到服务器（Guild）ID，使该服务器可以使用这些命令。</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Not known to be available: its shard is not connected, Discord reports an outage, or its details have not arrived yet</source>
        <translation>可用性未知：其分片未连接、Discord 报告故障，或其详细信息尚未到达</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LatencyChart</name>
    <message>
        <source>Gateway latency</source>
        <translation>网关延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The heartbeat round trip to Discord&apos;s gateway (mean over the shards), one reading per second</source>
        <translation>到 Discord 网关的心跳往返时间（各分片的平均值），每秒一个读数</translation>
    </message>
    <message>
        <source>No latency yet: it is measured with every heartbeat once the bot is connected.</source>
        <translation>尚无延迟数据：机器人连接后，每次心跳时都会测量。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::LogsPage</name>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Show only messages of this level or more severe</source>
        <translation>只显示此级别或更严重的消息</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation>只显示包含此文本的行</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
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
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Service state, memory and problems at a glance</source>
        <translation>服务状态、内存和问题一览</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Token, channels, containers, limits and language</source>
        <translation>令牌、频道、容器、限制和语言</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>The live log with level filter and search</source>
        <translation>实时日志，支持级别筛选和搜索</translation>
    </message>
    <message>
        <source>The Discord bot&apos;s connection</source>
        <translation>Discord 机器人的连接</translation>
    </message>
    <message>
        <source>The Docker endpoints Mechdock talks to</source>
        <translation>Mechdock 连接的 Docker 端点</translation>
    </message>
    <message>
        <source>Bot: starting…</source>
        <translation>机器人：启动中…</translation>
    </message>
    <message>
        <source>Docker: checking…</source>
        <translation>Docker：检查中…</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>机器人：%1</translation>
    </message>
    <message>
        <source> (no token: see Dashboard)</source>
        <translation> （无令牌：参见仪表板）</translation>
    </message>
    <message numerus="yes">
        <source>Docker: %n endpoint(s) reachable</source>
        <translation>
            <numerusform>Docker：%n 个端点可达</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker: %1</source>
        <translation>Docker：%1</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Every container, with start, stop and restart</source>
        <translation>所有容器，可启动、停止和重启</translation>
    </message>
    <message>
        <source>Pages (Ctrl+1 … Ctrl+8)</source>
        <translation>页面（Ctrl+1 … Ctrl+8）</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Scheduled starts, stops and restarts, with their next runs</source>
        <translation>计划的启动、停止和重启，以及下次运行时间</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>How long Docker, Discord and animation work takes</source>
        <translation>Docker、Discord 和动画操作的耗时</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Mechdock is still running</source>
        <translation>Mechdock 仍在运行</translation>
    </message>
    <message>
        <source>The bot keeps running; use the tray icon to show the window or to quit.</source>
        <translation>机器人继续运行；可通过托盘图标显示窗口或退出。</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>机甲</translation>
    </message>
    <message>
        <source>The mech&apos;s animation, level, power and donations</source>
        <translation>机甲的动画、等级、能量和捐赠</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Connection, shards, latency, guilds, commands and the audit log</source>
        <translation>连接、分片、延迟、服务器、命令和审计日志</translation>
    </message>
    <message>
        <source>The engine this panel shows</source>
        <translation>此面板显示的引擎</translation>
    </message>
    <message>
        <source>Engine: none</source>
        <translation>引擎：无</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>引擎(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Recent servers</source>
        <translation>最近的服务器(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>本机(&amp;T)</translation>
    </message>
    <message>
        <source>Show the engine this panel runs</source>
        <translation>显示在此面板中运行的引擎</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>确认服务器的证书</translation>
    </message>
    <message>
        <source>The server %1 presents a certificate this panel has not seen before.

SHA-256 fingerprint:
%2

Compare it with what &quot;mechdock control fingerprint&quot; prints on the server (it is also in the service&apos;s log). Trust this certificate?</source>
        <translation>服务器 %1 出示了此面板从未见过的证书。

SHA-256 指纹：
%2

请将其与服务器上“mechdock control fingerprint”的输出进行比较（它也记录在服务的日志中）。是否信任此证书？</translation>
    </message>
    <message>
        <source>Mechdock — %1</source>
        <translation>Mechdock — %1</translation>
    </message>
    <message>
        <source>Engine: this computer (runs in this panel)</source>
        <translation>引擎：本机（在此面板中运行）</translation>
    </message>
    <message>
        <source>Engine: %1 (as %2)</source>
        <translation>引擎：%1（身份：%2）</translation>
    </message>
    <message>
        <source>Engine: connecting to %1…</source>
        <translation>引擎：正在连接 %1…</translation>
    </message>
    <message>
        <source>Engine: %1 disconnected</source>
        <translation>引擎：%1 已断开连接</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>未连接到 %1：%2</translation>
    </message>
    <message>
        <source>The pages show the data of %1 and may be out of date.</source>
        <translation>页面显示的是 %1 时的数据，可能已过时。</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>%n 秒后再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Engine &gt; Connect to server… to try again.</source>
        <translation>请使用“引擎 &gt; 连接到服务器…”重试。</translation>
    </message>
    <message>
        <source>not connected to an engine</source>
        <translation>未连接到引擎</translation>
    </message>
    <message>
        <source>Not connected to an engine.</source>
        <translation>未连接到引擎。</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>%1 is already in Discord&apos;s list.</source>
        <translation>%1 已在 Discord 的列表中。</translation>
    </message>
    <message>
        <source>%1 is in Discord&apos;s list now (status only); allow start, stop or restart on the Settings page.</source>
        <translation>%1 现已在 Discord 的列表中（仅状态）；可在“设置”页面中允许启动、停止或重启。</translation>
    </message>
    <message>
        <source>Stop the bot?</source>
        <translation>停止机器人？</translation>
    </message>
    <message>
        <source>The Discord bot runs inside this panel: closing it stops the bot. (A service started with mechdockd keeps the bot running without a window, and the panel attaches to it.)

Close and stop the bot?</source>
        <translation>Discord 机器人在此面板中运行：关闭面板会停止机器人。（使用 mechdockd 启动的服务可在没有窗口的情况下保持机器人运行，面板会连接到该服务。）

关闭并停止机器人？</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MechPage</name>
    <message>
        <source>&amp;Add donation…</source>
        <translation>添加捐赠(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>The mech&apos;s current animation, at the speed its power gives it</source>
        <translation>机甲当前的动画，按其能量对应的速度播放</translation>
    </message>
    <message>
        <source>Evolution level: total donations unlock the next one</source>
        <translation>进化等级：捐赠总额达到后解锁下一级</translation>
    </message>
    <message>
        <source>Speed level %v of 100</source>
        <translation>速度等级 %v / 100</translation>
    </message>
    <message>
        <source>Power drives the walking speed; it decays a little every day</source>
        <translation>能量决定行走速度；它每天都会少量衰减</translation>
    </message>
    <message>
        <source>Donations counted toward the next level</source>
        <translation>计入下一级的捐赠</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>能量：</translation>
    </message>
    <message>
        <source>Evolution:</source>
        <translation>进化：</translation>
    </message>
    <message>
        <source>Donated:</source>
        <translation>已捐赠：</translation>
    </message>
    <message>
        <source>The latest donations and adjustments, newest first</source>
        <translation>最近的捐赠和调整，最新的在前</translation>
    </message>
    <message>
        <source>Record a donation received outside Discord (Ctrl+N)</source>
        <translation>记录在 Discord 之外收到的捐赠（Ctrl+N）</translation>
    </message>
    <message>
        <source>Read the donation history and the animation again (F5)</source>
        <translation>重新读取捐赠历史和动画（F5）</translation>
    </message>
    <message>
        <source>Donation history</source>
        <translation>捐赠历史</translation>
    </message>
    <message>
        <source>Waiting for the service to report the mech…</source>
        <translation>正在等待服务报告机甲状态…</translation>
    </message>
    <message>
        <source>No animation yet.</source>
        <translation>尚无动画。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The history appears once the service has started the mech.</source>
        <translation>服务启动机甲后将显示历史记录。</translation>
    </message>
    <message>
        <source>The mech is not running yet; it starts with the service&apos;s database.</source>
        <translation>机甲尚未运行；它随服务的数据库一起启动。</translation>
    </message>
    <message>
        <source>The mech is not running: the database is unavailable (%1).</source>
        <translation>机甲未运行：数据库不可用（%1）。</translation>
    </message>
    <message>
        <source>Level %1 of %2</source>
        <translation>等级 %1 / %2</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1（%2 级）</translation>
    </message>
    <message>
        <source>%1 of power: resting</source>
        <translation>能量 %1：休息中</translation>
    </message>
    <message>
        <source>%1 of power, %2 % speed</source>
        <translation>能量 %1，速度 %2 %</translation>
    </message>
    <message>
        <source>%1 of %2 to level %3</source>
        <translation>升至 %3 级：%1 / %2</translation>
    </message>
    <message>
        <source>The top level is reached.</source>
        <translation>已达到最高等级。</translation>
    </message>
    <message>
        <source>Resting: the mech has no power left.</source>
        <translation>休息中：机甲已没有能量。</translation>
    </message>
    <message>
        <source>Walking at %1 % speed.</source>
        <translation>正以 %1 % 的速度行走。</translation>
    </message>
    <message>
        <source>This system cannot play WebP animations. Install Qt&apos;s image format plugins (Debian: qt6-image-formats-plugins) and restart Mechdock.</source>
        <translation>此系统无法播放 WebP 动画。请安装 Qt 的图像格式插件（Debian：qt6-image-formats-plugins）并重启 Mechdock。</translation>
    </message>
    <message>
        <source>No animation: %1</source>
        <translation>无动画：%1</translation>
    </message>
    <message>
        <source>The animation could not be decoded: %1</source>
        <translation>无法解码动画：%1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>No donations yet. Use /donate in Discord or add one here.</source>
        <translation>尚无捐赠。请在 Discord 中使用 /donate，或在此处添加。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n donation(s).</source>
        <translation>
            <numerusform>最近 %n 笔捐赠。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s).</source>
        <translation>
            <numerusform>共 %n 笔捐赠。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to the engine.</source>
        <translation>未连接到引擎。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::MemoryChart</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>No memory readings yet: the monitor samples every few seconds.</source>
        <translation>尚无内存读数：监控器每隔几秒采样一次。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>RSS (resident memory), heap in use and the effective limit over the chosen window; the shaded bands are the Medium, High and Critical pressure levels</source>
        <translation>所选时间段内的 RSS（常驻内存）、已用堆内存和有效上限；阴影带表示中、高、危急三个压力级别</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::OperationTableModel</name>
    <message numerus="yes">
        <source>%1: %n call(s) since start, %2 failed; percentiles over the last %3</source>
        <translation>
            <numerusform>%1：启动以来调用 %n 次，失败 %2 次；百分位数基于最近 %3 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls since the service started</source>
        <translation>服务启动以来的调用次数</translation>
    </message>
    <message>
        <source>Duration in milliseconds that this share of recent calls stayed under</source>
        <translation>最近调用中该比例所低于的耗时（毫秒）</translation>
    </message>
    <message>
        <source>The slowest recent call, in milliseconds</source>
        <translation>最近最慢的一次调用（毫秒）</translation>
    </message>
    <message>
        <source>Recent calls that succeeded</source>
        <translation>最近成功的调用</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用</translation>
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
        <translation>最大 ms</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
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
        <translation>所有计时操作：Docker 调用、Discord REST 调用、交互处理、动画任务</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Median and 95th percentile of the busiest operations</source>
        <translation>最繁忙操作的中位数和第 95 百分位数</translation>
    </message>
    <message>
        <source>No operations measured yet.</source>
        <translation>尚未测量任何操作。</translation>
    </message>
    <message>
        <source>Round trip of the gateway heartbeat</source>
        <translation>网关心跳的往返时间</translation>
    </message>
    <message>
        <source>Discord REST answers with 429 Too Many Requests since start</source>
        <translation>启动以来 Discord REST 返回 429 Too Many Requests 的次数</translation>
    </message>
    <message>
        <source>Slash commands and buttons handled since start</source>
        <translation>启动以来处理的斜杠命令和按钮</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Gateway latency:</source>
        <translation>网关延迟：</translation>
    </message>
    <message>
        <source>REST 429 answers:</source>
        <translation>REST 429 响应：</translation>
    </message>
    <message>
        <source>Interactions handled:</source>
        <translation>已处理交互：</translation>
    </message>
    <message>
        <source>not connected (%1)</source>
        <translation>未连接（%1）</translation>
    </message>
    <message>
        <source>connected, waiting for the first heartbeat</source>
        <translation>已连接，正在等待第一次心跳</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms over %2 of %n shard(s)</source>
        <translation>
            <numerusform>%1 ms，%n 个分片中的 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1
median %2 ms, 95th percentile %3 ms</source>
        <translation>%1
中位数 %2 毫秒，第 95 百分位 %3 毫秒</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::PressureBadge</name>
    <message>
        <source>Memory: unknown</source>
        <translation>内存：未知</translation>
    </message>
    <message>
        <source>Memory: low</source>
        <translation>内存：低</translation>
    </message>
    <message>
        <source>Memory: medium</source>
        <translation>内存：中</translation>
    </message>
    <message>
        <source>Memory: high</source>
        <translation>内存：高</translation>
    </message>
    <message>
        <source>Memory: critical</source>
        <translation>内存：危急</translation>
    </message>
    <message>
        <source>Memory pressure: usage against the effective limit</source>
        <translation>内存压力：相对于有效上限的使用量</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SchedulerPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>禁用(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Scheduled container actions; double-click a task to edit it</source>
        <translation>计划的容器操作；双击任务可编辑</translation>
    </message>
    <message>
        <source>Schedule a start, stop or restart (Ctrl+N)</source>
        <translation>安排一次启动、停止或重启（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change the selected task (Enter)</source>
        <translation>修改所选任务（Enter）</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete)</source>
        <translation>移除所选任务（Delete）</translation>
    </message>
    <message>
        <source>Enable or disable the selected task without removing it</source>
        <translation>启用或禁用所选任务而不移除</translation>
    </message>
    <message>
        <source>Read the tasks again (F5)</source>
        <translation>重新读取任务（F5）</translation>
    </message>
    <message>
        <source>The scheduler is not running yet; tasks appear once the service has started it.</source>
        <translation>调度器尚未运行；服务启动调度器后任务将显示在此处。</translation>
    </message>
    <message>
        <source>No scheduled tasks. Add one to start, stop or restart a container at set times.</source>
        <translation>没有计划任务。添加一个任务以在设定时间启动、停止或重启容器。</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled task(s).</source>
        <translation>
            <numerusform>共 %n 个计划任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>任务已保存。</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1 %2 at %3&quot;?</source>
        <translation>删除任务“%1 %2，时间 %3”？</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>任务已删除。</translation>
    </message>
    <message>
        <source>Task enabled.</source>
        <translation>任务已启用。</translation>
    </message>
    <message>
        <source>Task disabled.</source>
        <translation>任务已禁用。</translation>
    </message>
    <message>
        <source>The tasks cannot be shown: %1</source>
        <translation>无法显示任务：%1</translation>
    </message>
    <message>
        <source>Not connected to the engine; try again in a moment.</source>
        <translation>未连接到引擎；请稍后再试。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::SettingsPage</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <translation>Discord(&amp;D)</translation>
    </message>
    <message>
        <source>Doc&amp;ker</source>
        <translation>Docker(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Limits and behaviour</source>
        <translation>限制与行为(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write the settings file (Ctrl+S); the service reloads it</source>
        <translation>写入设置文件（Ctrl+S）；服务会重新加载</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes and read the file again</source>
        <translation>放弃更改并重新读取文件</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>设置文件：%1</translation>
    </message>
    <message>
        <source>Discord connection</source>
        <translation>Discord 连接</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Cool-downs and rate limits</source>
        <translation>冷却时间与速率限制</translation>
    </message>
    <message>
        <source>Memory and resources</source>
        <translation>内存与资源</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>机甲</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>健康检查端点</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <source> (environment: %1)</source>
        <translation> （环境变量：%1）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Paste the bot token from the Discord developer portal</source>
        <translation>粘贴 Discord 开发者门户中的机器人令牌</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>机器人令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Discord ids, separated by commas</source>
        <translation>Discord ID，用逗号分隔</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>频道 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Refresh (s)</source>
        <translation>刷新（秒）</translation>
    </message>
    <message>
        <source>Recreate after (s)</source>
        <translation>重建间隔（秒）</translation>
    </message>
    <message>
        <source>Status channels show containers; control channels also allow actions. Tick Control for a control channel.</source>
        <translation>状态频道显示容器；控制频道还允许执行操作。勾选“控制”即为控制频道。</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Address (empty = DOCKER_HOST or the local socket)</source>
        <translation>地址（留空 = DOCKER_HOST 或本地套接字）</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificates folder</source>
        <translation>证书文件夹</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Info text</source>
        <translation>信息文本</translation>
    </message>
    <message>
        <source>Which containers Discord shows, and which actions it allows</source>
        <translation>Discord 显示哪些容器，以及允许哪些操作</translation>
    </message>
    <message>
        <source>Docker endpoints</source>
        <translation>Docker 端点</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>All settings are valid.</source>
        <translation>所有设置均有效。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>已保存到钥匙串。</translation>
    </message>
    <message>
        <source>Not stored: %1. Set DISCORD_BOT_TOKEN in the environment instead.</source>
        <translation>未保存：%1。请改为在环境中设置 DISCORD_BOT_TOKEN。</translation>
    </message>
    <message numerus="yes">
        <source>Settings that need attention: %n</source>
        <translation>
            <numerusform>需要注意的设置：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>LEVEL:CENTS_PER_DAY, e.g. 10:50, 11:0</source>
        <translation>等级:每日美分，例如 10:50, 11:0</translation>
    </message>
    <message>
        <source>Stored in the keychain, or in the settings file (readable only by its owner) where no keychain works; never shown again</source>
        <translation>保存在钥匙串中；若钥匙串不可用，则保存在设置文件中（仅所有者可读）；不会再次显示</translation>
    </message>
    <message>
        <source>&amp;Store token</source>
        <translation>保存令牌(&amp;S)</translation>
    </message>
    <message>
        <source>Give the token to the engine; the bot uses it at once</source>
        <translation>将令牌交给引擎；机器人会立即使用</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Ask Discord whose token this is (the pasted one, or the engine&apos;s own when the field is empty)</source>
        <translation>询问 Discord 此令牌属于谁（粘贴的令牌；若字段为空，则为引擎自己的令牌）</translation>
    </message>
    <message>
        <source>Reading the engine&apos;s settings…</source>
        <translation>正在读取引擎的设置…</translation>
    </message>
    <message>
        <source>The engine&apos;s settings could not be read: %1</source>
        <translation>无法读取引擎的设置：%1</translation>
    </message>
    <message>
        <source>The engine has a bot token. Paste a new one to replace it.</source>
        <translation>引擎已有机器人令牌。粘贴新令牌即可替换。</translation>
    </message>
    <message>
        <source>Settings of %1.</source>
        <translation>%1 中的设置。</translation>
    </message>
    <message>
        <source>The environment overrides: %1 (the engine keeps applying them after a save).</source>
        <translation>环境变量覆盖：%1（保存后引擎仍会继续应用它们）。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1，第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>The token comes from the environment variable %1; it wins over a stored one.</source>
        <translation>令牌来自环境变量 %1；它优先于已保存的令牌。</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over the file: change or unset it there. The file&apos;s value is shown.</source>
        <translation>由环境变量 %1 设置，它优先于文件：请在环境中修改或取消设置该变量。此处显示的是文件中的值。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved to %1; the engine uses the new settings.</source>
        <translation>已保存到 %1；引擎将使用新设置。</translation>
    </message>
    <message>
        <source>The engine is not running; the token can be checked once it is.</source>
        <translation>引擎未运行；引擎运行后即可检查令牌。</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>正在询问 Discord…</translation>
    </message>
    <message>
        <source>The token works: it belongs to the bot %1 (id %2).</source>
        <translation>令牌有效：它属于机器人 %1（ID %2）。</translation>
    </message>
    <message>
        <source>The token does not work: %1</source>
        <translation>令牌无效：%1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Stored in the keychain; the bot uses it now.</source>
        <translation>已保存到钥匙串；机器人现在开始使用它。</translation>
    </message>
    <message>
        <source>Stored in %1 (readable only by its owner); the bot uses it now.</source>
        <translation>已保存到 %1（仅所有者可读）；机器人现在开始使用它。</translation>
    </message>
    <message>
        <source>No keychain works here (%1), so the token is stored in %2, readable only by its owner; the bot uses it now.</source>
        <translation>此处没有可用的钥匙串（%1），因此令牌保存在 %2 中，仅所有者可读；机器人现在开始使用它。</translation>
    </message>
    <message>
        <source>Choose from &amp;Discord…</source>
        <translation>从 Discord 选择(&amp;D)…</translation>
    </message>
    <message>
        <source>Pick channels from the servers the bot is in</source>
        <translation>从机器人所在的服务器中选择频道</translation>
    </message>
    <message>
        <source>Choose from D&amp;ocker…</source>
        <translation>从 Docker 选择(&amp;O)…</translation>
    </message>
    <message>
        <source>Pick containers from the Docker endpoints</source>
        <translation>从 Docker 端点中选择容器</translation>
    </message>
    <message>
        <source>The engine is not running; channels can be listed once it is.</source>
        <translation>引擎未运行；引擎运行后即可列出频道。</translation>
    </message>
    <message>
        <source>The channels could not be listed: %1</source>
        <translation>无法列出频道：%1</translation>
    </message>
    <message>
        <source>Channel id %1</source>
        <translation>频道 ID %1</translation>
    </message>
    <message>
        <source>Choose channels</source>
        <translation>选择频道</translation>
    </message>
    <message>
        <source>Tick the channels the bot should post container status in. They are added as status channels; tick Control in the table to allow actions there.</source>
        <translation>勾选机器人应发布容器状态的频道。它们将作为状态频道添加；在表格中勾选“控制”以允许在其中执行操作。</translation>
    </message>
    <message>
        <source>The engine is not running; containers can be listed once it is.</source>
        <translation>引擎未运行；引擎运行后即可列出容器。</translation>
    </message>
    <message>
        <source>The containers could not be listed: %1</source>
        <translation>无法列出容器：%1</translation>
    </message>
    <message>
        <source>%1: Docker does not answer (%2)</source>
        <translation>%1：Docker 无响应（%2）</translation>
    </message>
    <message>
        <source>Choose containers</source>
        <translation>选择容器</translation>
    </message>
    <message>
        <source>Tick the containers Discord should show. They are added with their status only; tick Start, Stop or Restart in the table to allow those actions.</source>
        <translation>勾选 Discord 应显示的容器。它们仅以状态方式添加；在表格中勾选“启动”、“停止”或“重启”以允许这些操作。</translation>
    </message>
    <message>
        <source>The bot&apos;s servers have no text channel it can see.</source>
        <translation>机器人所在的服务器没有它能看到的文字频道。</translation>
    </message>
    <message>
        <source>Docker has not listed any container yet (the settings may have just changed); try again in a moment.</source>
        <translation>Docker 尚未列出任何容器（设置可能刚刚更改）；请稍后再试。</translation>
    </message>
    <message>
        <source>Auto-actions</source>
        <translation>自动操作</translation>
    </message>
    <message>
        <source>Player query</source>
        <translation>玩家查询</translation>
    </message>
    <message>
        <source>Query host</source>
        <translation>查询主机</translation>
    </message>
    <message>
        <source>Query port</source>
        <translation>查询端口</translation>
    </message>
    <message>
        <source>How to ask the game server for its players: none, a2s (Steam/Source games) or minecraft</source>
        <translation>如何向游戏服务器查询玩家：none、a2s（Steam/Source 游戏）或 minecraft</translation>
    </message>
    <message>
        <source>Empty: 127.0.0.1</source>
        <translation>留空：127.0.0.1</translation>
    </message>
    <message>
        <source>Empty: the protocol&apos;s usual port (27015 for A2S, 25565 for Minecraft)</source>
        <translation>留空：协议的常用端口（A2S 为 27015，Minecraft 为 25565）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>container, or service for a Swarm service of a manager endpoint</source>
        <translation>container，或 service 表示管理节点上的 Swarm 服务</translation>
    </message>
    <message>
        <source>%1 [Swarm service]</source>
        <translation>%1 [Swarm 服务]</translation>
    </message>
    <message>
        <source>Update tag</source>
        <translation>更新标签</translation>
    </message>
    <message>
        <source>The tag an update pulls, e.g. stable; empty: the container&apos;s own</source>
        <translation>更新时拉取的标签，例如 stable；留空：使用容器自己的标签</translation>
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
        <translation>未测量</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Gateway events received on this shard</source>
        <translation>此分片上收到的网关事件</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>身份验证次数</translation>
    </message>
    <message>
        <source>Resumes</source>
        <translation>恢复次数</translation>
    </message>
    <message>
        <source>Last close</source>
        <translation>上次关闭</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskEditorDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Scheduled task</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>The Docker endpoint the container runs on</source>
        <translation>容器所在的 Docker 端点</translation>
    </message>
    <message>
        <source>The container&apos;s name</source>
        <translation>容器名称</translation>
    </message>
    <message>
        <source>What happens to the container when the task runs</source>
        <translation>任务运行时对容器执行的操作</translation>
    </message>
    <message>
        <source>e.g. daily 07:30, weekly mon-fri 18:00, cron 30 2 * * 1-5</source>
        <translation>例如 daily 07:30、weekly mon-fri 18:00、cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</source>
        <translation>once 2026-12-24T20:00 · daily 07:30 · weekly mon,fri 18:00 · monthly 31 02:00 · yearly 12-24 20:00 · cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>The IANA time zone the schedule&apos;s times are in, e.g. Europe/Berlin</source>
        <translation>调度时间所用的 IANA 时区，例如 Europe/Berlin</translation>
    </message>
    <message>
        <source>A disabled task is kept but does not run</source>
        <translation>禁用的任务会保留，但不会运行</translation>
    </message>
    <message>
        <source>A note for other operators (optional)</source>
        <translation>给其他运维人员的备注（可选）</translation>
    </message>
    <message>
        <source>When the task would run next, in the chosen time zone</source>
        <translation>任务下次运行的时间（按所选时区）</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>端点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>容器(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>调度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>接下来的运行：</translation>
    </message>
    <message>
        <source>New scheduled task</source>
        <translation>新建计划任务</translation>
    </message>
    <message>
        <source>Edit scheduled task</source>
        <translation>编辑计划任务</translation>
    </message>
    <message>
        <source>Choose the container the task acts on.</source>
        <translation>请选择任务作用的容器。</translation>
    </message>
    <message>
        <source>Enter a schedule.</source>
        <translation>请输入调度。</translation>
    </message>
    <message>
        <source>This schedule never runs (again).</source>
        <translation>此调度不会（再）运行。</translation>
    </message>
    <message>
        <source>The settings do not allow &quot;%1&quot; for %2, so the engine will refuse the task when it runs. Allow it on the Settings page (Docker tab).</source>
        <translation>设置不允许对 %2 执行“%1”，因此引擎会在任务运行时拒绝它。请在设置页面（Docker 标签页）中允许该操作。</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TaskTableModel</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Next runs:
%1</source>
        <translation>接下来的运行：
%1</translation>
    </message>
    <message>
        <source>Enabled: runs on schedule</source>
        <translation>已启用：按调度运行</translation>
    </message>
    <message>
        <source>Disabled: does not run</source>
        <translation>已禁用：不会运行</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>never again</source>
        <translation>不再运行</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>错过</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>mechdock::ui::TrayController</name>
    <message>
        <source>&amp;Show Mechdock</source>
        <translation>显示 Mechdock(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Mechdock: starting…</source>
        <translation>Mechdock：启动中…</translation>
    </message>
    <message>
        <source>Mechdock alert</source>
        <translation>Mechdock 警报</translation>
    </message>
    <message numerus="yes">
        <source>Mechdock: %n new alert(s)</source>
        <translation>
            <numerusform>Mechdock：%n 条新警报</numerusform>
        </translation>
    </message>
    <message>
        <source>Mechdock · bot %1</source>
        <translation>Mechdock · 机器人 %1</translation>
    </message>
    <message>
        <source> · memory %1</source>
        <translation> · 内存 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n Docker endpoint(s) unreachable</source>
        <translation>
            <numerusform> · %n 个 Docker 端点不可达</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Start %1?</source>
        <translation>启动 %1？</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>停止 %1？</translation>
    </message>
    <message>
        <source>Restart %1?</source>
        <translation>重启 %1？</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source>Only the newest part is shown.</source>
        <translation>仅显示最新的部分。</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>更新于 %1。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Waiting for the engine…</source>
        <translation>正在等待引擎…</translation>
    </message>
    <message>
        <source>Docker endpoint %1 cannot be reached: %2</source>
        <translation>无法访问 Docker 端点 %1：%2</translation>
    </message>
    <message>
        <source>No containers.</source>
        <translation>没有容器。</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>错过</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>No scheduled tasks.</source>
        <translation>没有计划任务。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Delete the task “%1” for %2?</source>
        <translation>删除 %2 的任务“%1”？</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>任务已删除。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>此调度永远不会运行。</translation>
    </message>
    <message>
        <source>Next runs (%1):</source>
        <translation>接下来的运行（%1）：</translation>
    </message>
    <message>
        <source>Please choose a container.</source>
        <translation>请选择一个容器。</translation>
    </message>
    <message>
        <source>Please enter a schedule.</source>
        <translation>请输入调度。</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>任务已保存。</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>任务已添加。</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>接下来的运行</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>For example: daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</source>
        <translation>例如：daily 07:30, weekly mon-fri 18:00, monthly 1 02:00, once 2026-12-24T20:00, cron 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>Empty: the settings&apos; default time zone.</source>
        <translation>留空：使用设置中的默认时区。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>No donations yet.</source>
        <translation>尚无捐赠。</translation>
    </message>
    <message>
        <source>Please enter an amount above 0.</source>
        <translation>请输入大于 0 的金额。</translation>
    </message>
    <message>
        <source>Record a donation of %1 from %2?</source>
        <translation>记录来自 %2 的 %1 捐赠？</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Record donation</source>
        <translation>记录捐赠</translation>
    </message>
    <message>
        <source>Donation recorded. The mech is at level %1.</source>
        <translation>捐赠已记录。机甲现为 %1 级。</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>%1 级：%2</translation>
    </message>
    <message>
        <source>resting</source>
        <translation>休息中</translation>
    </message>
    <message>
        <source>%1 of %2 to the next level</source>
        <translation>升至下一级：%1 / %2</translation>
    </message>
    <message>
        <source>Top level reached</source>
        <translation>已达到最高等级</translation>
    </message>
    <message>
        <source>Mech</source>
        <translation>机甲</translation>
    </message>
    <message>
        <source>The mech is not running.</source>
        <translation>机甲未运行。</translation>
    </message>
    <message>
        <source>Mech animation</source>
        <translation>机甲动画</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Progress to the next level</source>
        <translation>升至下一级的进度</translation>
    </message>
    <message>
        <source>Record a donation</source>
        <translation>记录一笔捐赠</translation>
    </message>
    <message>
        <source>Amount ($)</source>
        <translation>金额（$）</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>Donated in total</source>
        <translation>捐赠总额</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>没有匹配的条目。</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危急</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>数据尚不足。</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>No recent alerts.</source>
        <translation>没有近期警报。</translation>
    </message>
    <message>
        <source>Free memory now? Caches are emptied and unused memory is returned to the system.</source>
        <translation>立即释放内存？缓存将被清空，未使用的内存将归还给系统。</translation>
    </message>
    <message>
        <source>Free memory now</source>
        <translation>立即释放内存</translation>
    </message>
    <message>
        <source>Freed %1 entries (%2). Memory: %3 → %4.</source>
        <translation>已释放 %1 个条目（%2）。内存：%3 → %4。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Memory use over time</source>
        <translation>内存使用随时间的变化</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
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
        <translation>成功率</translation>
    </message>
    <message>
        <source>Memory (RSS)</source>
        <translation>内存（RSS）</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>堆</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>压力</translation>
    </message>
    <message>
        <source>Process CPU</source>
        <translation>进程 CPU</translation>
    </message>
    <message>
        <source>System CPU</source>
        <translation>系统 CPU</translation>
    </message>
    <message>
        <source>Recent alerts</source>
        <translation>近期警报</translation>
    </message>
    <message>
        <source>Caches</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Update %1? Its image is pulled; if it changed, the container is made again from it with the same settings, and the old one comes back if the new one does not start.</source>
        <translation>更新 %1？将拉取其镜像；如有变化，会以相同设置据此重新创建容器，若新容器无法启动则恢复旧容器。</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>玩家</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm 服务</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>(one per line)</source>
        <translation>（每行一个）</translation>
    </message>
    <message>
        <source>Choose from Docker…</source>
        <translation>从 Docker 选择…</translation>
    </message>
    <message>
        <source>Choose from Discord…</source>
        <translation>从 Discord 选择…</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>移除第 %1 行</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>没有条目。</translation>
    </message>
    <message>
        <source>Set by the environment (these win over the file):</source>
        <translation>由环境变量设置（优先于文件）：</translation>
    </message>
    <message>
        <source>A bot token is set.</source>
        <translation>已设置机器人令牌。</translation>
    </message>
    <message>
        <source>No bot token is set.</source>
        <translation>未设置机器人令牌。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>设置文件：%1</translation>
    </message>
    <message>
        <source>Saved, with %1 warnings.</source>
        <translation>已保存，有 %1 条警告。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Discard your changes and load the saved settings?</source>
        <translation>放弃您的更改并加载已保存的设置？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Paste the token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>令牌已保存到钥匙串。</translation>
    </message>
    <message>
        <source>The token is stored in the settings file.</source>
        <translation>令牌已保存到设置文件。</translation>
    </message>
    <message>
        <source>The keychain was not used: %1</source>
        <translation>未使用钥匙串：%1</translation>
    </message>
    <message>
        <source>Asking Discord…</source>
        <translation>正在询问 Discord…</translation>
    </message>
    <message>
        <source>Discord accepts the token: %1 (id %2).</source>
        <translation>Discord 接受此令牌：%1（ID %2）。</translation>
    </message>
    <message>
        <source>Nothing to choose from.</source>
        <translation>没有可选项。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose channels from Discord</source>
        <translation>从 Discord 选择频道</translation>
    </message>
    <message>
        <source>Choose containers from Docker</source>
        <translation>从 Docker 选择容器</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>机器人令牌</translation>
    </message>
    <message>
        <source>The token is never shown. A new one replaces the stored one.</source>
        <translation>令牌永不显示。新令牌会替换已保存的令牌。</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>设置令牌</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>检查令牌</translation>
    </message>
    <message>
        <source>Swarm service</source>
        <translation>Swarm 服务</translation>
    </message>
</context>
</TS>
