using OpenQA.Selenium;
using Sermo.Tests.Infrastructure;
using Sermo.Tests.Subscriptions;
using Xunit.Abstractions;

namespace Sermo.Tests.Ide;

/// <summary>GraphiQL in a real headless Chromium: the page loads offline with the explorer plugin, runs an
/// example query against the demo data (as the demo member whose token the tab carries) and renders the result, then streams a subscription over the WebSocket. The screenshot is written to artifacts/ide.png (docs/ide.png is a copy).</summary>
public sealed class GraphiQLBrowserTests(DemoIdeServerFixture fixture, ITestOutputHelper output) : IClassFixture<DemoIdeServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly SermoServer _server = fixture.Server;

    [Fact]
    public async Task Chromium_loads_graphiql_runs_the_example_query_renders_the_result_and_streams_a_subscription()
    {
        Assert.True(HeadlessChromium.Unavailable is null, HeadlessChromium.Unavailable);
        using var chromium = HeadlessChromium.Start();
        var driver = chromium.WebDriver;
        driver.Navigate().GoToUrl(new Uri(_server.BaseAddress, "/graphql"));

        // The schema arrives by introspection before the editors are ready to run.
        chromium.WaitFor(d => d.FindElements(By.CssSelector(".graphiql-container")).FirstOrDefault(), Timeout, "the GraphiQL container");
        chromium.WaitFor(d => d.FindElements(By.CssSelector("button[aria-label='Show GraphiQL Explorer']")).FirstOrDefault(), Timeout, "the explorer plugin's button").Click();
        chromium.WaitFor(d => d.FindElements(By.CssSelector(".graphiql-explorer-root")).FirstOrDefault(e => e.Displayed && e.Text.Contains("viewer", StringComparison.Ordinal)), Timeout, "the explorer listing the schema's fields");
        var run = chromium.WaitFor(d => d.FindElements(By.CssSelector("button.graphiql-execute-button")).FirstOrDefault(), Timeout, "the run button");
        chromium.WaitFor(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.getValue() ?? ''") is string { Length: > 0 } text ? text : null, Timeout, "the example query in the editor");
        run.Click();

        var result = chromium.WaitFor(d =>
        {
            var text = ((IJavaScriptExecutor)d).ExecuteScript("return document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? ''") as string;
            return text is not null && text.Contains("\"data\"", StringComparison.Ordinal) ? text : null;
        }, Timeout, "the result of the example query");
        output.WriteLine(result);
        // The first tab is the member's own profile, run with the development token the page put in its headers.
        Assert.Contains("\"viewer\"", result);
        Assert.Contains("\"physician\"", result);
        Assert.Contains("\"displayName\"", result);
        Assert.DoesNotContain("\"errors\"", result);

        var root = RepositoryRoot.Find() ?? AppContext.BaseDirectory;
        var screenshot = Path.Combine(root, "artifacts", "ide.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        driver.GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine("Screenshot: " + screenshot);

        // Subscriptions run over the WebSocket endpoint: events published by another client appear in the result.
        ((IJavaScriptExecutor)driver).ExecuteScript(
            "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('subscription IdeEvents { testEvents(topic: \\\"ide\\\") { topic value } }')");
        chromium.WaitFor(d => d.FindElements(By.CssSelector(".graphiql-tab-active")).FirstOrDefault(t => t.Text.Contains("IdeEvents", StringComparison.Ordinal)), Timeout, "GraphiQL to take in the edited operation");
        run.Click();
        var streamed = Task.Run(() => chromium.WaitFor(d =>
        {
            var text = ((IJavaScriptExecutor)d).ExecuteScript("return document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? ''") as string;
            return text is not null && text.Contains("\"testEvents\"", StringComparison.Ordinal) ? text : null;
        }, Timeout, "a subscription event in the result"));
        using (var http = _server.CreateClient())
        {
            await TestEventPublisher.PublishUntilAsync(http, "ide", streamed);
        }

        Assert.Contains("\"ide\"", await streamed);
    }
}
