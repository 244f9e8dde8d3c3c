using System.Collections;
using System.Management.Automation;
using System.Reflection;
using System.Text;
using ImportExport.Emulator;
using ImportExport.Tests.Infrastructure;

namespace ImportExport.Tests.Credentials;

/// <summary>
/// Issue 24, items 2 and 3: a credential provider's failure (an STS answer that echoes the canonical request with the
/// session token; a credential_process that prints keys on its error output) reaches the user with the cause and
/// without the secret, in every view of the error: the message, <c>Format-List * -Force</c> of the record and of its
/// exception, <c>Get-Error</c>, and every property of every exception in the chain. No .NET exception text either.
/// </summary>
[Collection(PowerShellHost.ProcessEnvironmentCollection)]
public sealed class CredentialErrorViewTests : SharedFilesTestBase, IClassFixture<EmulatorFixture>
{
    private const string Account = "444455556666";
    private const string SourceKey = "ASIAQVIEWSTEST000001";
    private const string SourceSecret = "Vw8Sa/VIEWSsecretKEYthatISwrong0123456789";
    private const string SourceToken = "FwoGZXIvYXdzEVIEWStokenThatMustNeverBeShownInAnyView0123456789abcdefVIEWS==";

    public CredentialErrorViewTests(EmulatorFixture emulator)
        : base(emulator)
    {
        PS.SetEnvironment("AWS_ENDPOINT_URL_STS", emulator.Endpoint.ToString());
        emulator.State.AddCredential(new EmulatorCredential(SourceKey, "Zz9Sa/theRIGHTsecretKEYforTHEviewsTEST0001", SourceToken, Account));
    }

    [Fact]
    public void An_STS_answer_that_echoes_the_session_token_leaves_it_out_of_every_view_of_the_error()
    {
        Write("credentials", $"[temp]\naws_access_key_id = {SourceKey}\naws_secret_access_key = {SourceSecret}\naws_session_token = {SourceToken}\n");
        Write("config", $"[profile admin]\nrole_arn = arn:aws:iam::{Account}:role/Admin\nsource_profile = temp\n");

        var (record, views) = Views("Get-IEJob -ProfileName admin -EndpointUrl $endpoint");

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", record.FullyQualifiedErrorId);
        Assert.Contains("signature we calculated does not match", views, StringComparison.Ordinal);
        AssertNoSecret(views, SourceToken, SourceSecret);
    }

    [Fact]
    public void A_credential_process_that_prints_keys_before_it_fails_leaves_them_out_of_every_view_of_the_error()
    {
        const string printedSecret = "Pq7Ss/PROCESSsecretPRINTEDonSTDERR012345678";
        const string printedToken = "IQoJPROCESStokenPRINTEDonSTDERRthatMustNotBeShown0123456789";
        var script = Write("broker.sh", $"#!/bin/sh\necho 'aws_secret_access_key={printedSecret}' >&2\necho 'aws_session_token = {printedToken}' >&2\necho '{{\"SecretAccessKey\": \"{printedSecret}\"}}' >&2\necho 'the broker is down' >&2\nexit 3\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Write("credentials", $"[broker]\ncredential_process = {script}\n");

        var (record, views) = Views("Get-IEJob -ProfileName broker -EndpointUrl $endpoint");

        Assert.Equal("InvalidProfile,ImportExport.Cmdlets.GetIEJobCommand", record.FullyQualifiedErrorId);
        Assert.Contains("exited with code 3", views, StringComparison.Ordinal);
        AssertNoSecret(views, printedSecret, printedToken);
    }

    /// <summary>Runs <paramref name="command"/> and gathers everything PowerShell can show of its error.</summary>
    private (ErrorRecord Record, string Views) Views(string command)
    {
        var result = PS.Run($$"""
            try { {{command}} -ErrorAction Stop } catch { $record = $_ }
            $record
            $record | Format-List * -Force | Out-String -Width 4000
            $record.Exception | Format-List * -Force | Out-String -Width 4000
            $record | Get-Error | Out-String -Width 4000
            for ($e = $record.Exception; $e; $e = $e.InnerException) { $e | Format-List * -Force | Out-String -Width 4000; $e.ToString() }
            """);
        var record = Assert.IsType<ErrorRecord>(result.Output[0].BaseObject);
        var views = new StringBuilder();
        foreach (var text in result.Output.Skip(1))
        {
            views.AppendLine(text.ToString());
        }

        Walk(record, views, 0, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return (record, views.ToString());
    }

    // Every public property, as Get-Error and Format-List * -Force read them, a few levels deep.
    private static void Walk(object? value, StringBuilder into, int depth, HashSet<object> seen)
    {
        if (value is null || depth > 5)
        {
            return;
        }

        if (value is string || value.GetType().IsPrimitive || value is Enum || value is DateTime)
        {
            into.AppendLine(value.ToString());
            return;
        }

        if (!seen.Add(value) || value is Type || value is MemberInfo || value is Delegate || value is System.Management.Automation.Runspaces.Runspace)
        {
            return;
        }

        into.AppendLine(value.ToString());
        if (value is IEnumerable sequence && value is not IDictionary)
        {
            foreach (var item in sequence.Cast<object?>().Take(20))
            {
                Walk(item, into, depth + 1, seen);
            }

            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Walk(entry.Key, into, depth + 1, seen);
                Walk(entry.Value, into, depth + 1, seen);
            }
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (Exception)
            {
                continue;
            }

            if (property.Name is "InvocationInfo" or "TargetSite" or "ScriptStackTrace")
            {
                continue;
            }

            Walk(child, into, depth + 1, seen);
        }
    }

    private static void AssertNoSecret(string views, params string[] secrets)
    {
        Assert.DoesNotContain("Exception of type", views, StringComparison.Ordinal);
        foreach (var secret in secrets)
        {
            var at = views.IndexOf(secret, StringComparison.Ordinal);
            Assert.True(at < 0, $"A secret ({secret[..4]}...) appears in a view of the error: ...{(at < 0 ? string.Empty : views.Substring(Math.Max(0, at - 120), Math.Min(240, views.Length - Math.Max(0, at - 120))))}...");
        }
    }
}
