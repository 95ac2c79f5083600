using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerComms.GraphQL.Tests.Http;

/// <summary>
/// Debian's Chromium started headless, driven over the DevTools protocol: open a page, evaluate script in it.
/// Fails with a clear message when Chromium is not installed.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private HeadlessChromium(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's chromium package (apt-get install chromium).");
        }

        var profile = Directory.CreateTempSubdirectory("customercomms-chromium-");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", $"--user-data-dir={profile.FullName}",
            "--remote-debugging-port=0", "--window-size=1280,900", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var browser = new HeadlessChromium(Process.Start(start)!, profile);
        var portFile = Path.Combine(profile.FullName, "DevToolsActivePort");
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            await Task.Delay(100, cancellationToken);
        }

        var port = File.ReadAllLines(portFile)[0];
        using var http = new HttpClient();
        using var created = await http.PutAsync(new Uri($"http://127.0.0.1:{port}/json/new?about:blank"), null, cancellationToken);
        var target = JsonNode.Parse(await created.Content.ReadAsStringAsync(cancellationToken))!;
        await browser._socket.ConnectAsync(new Uri((string)target["webSocketDebuggerUrl"]!), cancellationToken);
        await browser.SendAsync("Page.enable", null, cancellationToken);
        return browser;
    }

    public Task NavigateAsync(Uri url, CancellationToken cancellationToken) =>
        SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() }, cancellationToken);

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var response = await SendAsync(
            "Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true },
            cancellationToken);
        return response?["result"]?["value"];
    }

    /// <summary>Evaluates <paramref name="expression"/> until it gives a truthy value; returns that value.</summary>
    public async Task<JsonNode> WaitForAsync(string expression, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await EvaluateAsync(expression, cancellationToken) is { } value
                && value.GetValueKind() is not (JsonValueKind.False or JsonValueKind.Null)
                && !(value.GetValueKind() == JsonValueKind.String && string.IsNullOrEmpty((string?)value)))
            {
                return value;
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing files in its profile; the temporary folder is left behind.
        }
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, cancellationToken);
                received.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            var reply = JsonNode.Parse(received.ToArray())!;
            if ((int?)reply["id"] == id)
            {
                if (reply["error"] is { } error)
                {
                    throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
                }

                return reply["result"];
            }
        }
    }
}
