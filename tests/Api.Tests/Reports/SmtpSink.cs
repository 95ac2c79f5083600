using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CustomerComms.Api.Tests.Reports;

/// <summary>
/// A minimal SMTP server on loopback: answers HELO/EHLO, MAIL FROM, RCPT TO, DATA and QUIT and keeps each message's raw
/// text. While <see cref="Failing"/> is on it refuses MAIL FROM with 451, as a server with a temporary fault does.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _messages = [];
    private readonly Task _accepting;

    public SmtpSink()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public bool Failing { get; set; }

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Waits (in real time) until <paramref name="match"/> holds for a received message.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Messages.FirstOrDefault(match) is { } message)
            {
                return message;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching message within {timeout}; received {Messages.Count}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            await ConverseAsync(client);
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the sink is stopping.
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.test ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 sink.test");
                    break;
                case "MAIL":
                    await writer.WriteLineAsync(Failing ? "451 4.3.0 Temporary failure, try again later" : "250 OK");
                    break;
                case "RCPT" or "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var message = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                    {
                        message.Append(data).Append("\r\n");
                    }

                    lock (_messages)
                    {
                        _messages.Add(message.ToString());
                    }

                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }
}
