using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Sermo.Tests.Infrastructure;

/// <summary>The Debian chromium + chromium-driver pair driven by Selenium, headless, with a fresh profile.
/// The flags keep it from reaching for the network (updates, sync, QUIC), which hangs on a closed machine,
/// and let it run as root.</summary>
public sealed class HeadlessChromium : IDisposable
{
    private const string Browser = "/usr/bin/chromium";
    private const string DriverDirectory = "/usr/bin";
    private const string Driver = "chromedriver";
    private readonly string _profile;

    private HeadlessChromium(ChromeDriver driver, string profile)
    {
        WebDriver = driver;
        _profile = profile;
    }

    public ChromeDriver WebDriver { get; }

    /// <summary>Why the browser cannot start here, or null when it can.</summary>
    public static string? Unavailable =>
        !File.Exists(Browser) ? $"{Browser} is missing: run scripts/install-test-deps.sh (Debian package chromium)."
        : !File.Exists(Path.Combine(DriverDirectory, Driver)) ? "chromedriver is missing: run scripts/install-test-deps.sh (Debian package chromium-driver)."
        : null;

    public static HeadlessChromium Start()
    {
        var profile = Directory.CreateTempSubdirectory("sermo-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, Driver);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return new HeadlessChromium(driver, profile);
    }

    /// <summary>Polls the page until <paramref name="condition"/> holds (a browser offers no event to await
    /// from here); throws with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public T WaitFor<T>(Func<IWebDriver, T?> condition, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (condition(WebDriver) is { } value)
                {
                    return value;
                }
            }
            catch (Exception exception) when (exception is NoSuchElementException or StaleElementReferenceException)
            {
                // Not rendered yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                var screenshot = Path.Combine(RepositoryRoot.Find() ?? AppContext.BaseDirectory, "artifacts", "chromium-timeout.png");
                Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
                WebDriver.GetScreenshot().SaveAsFile(screenshot);
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting for {what} (the page as it was: {screenshot}).");
            }

            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        WebDriver.Quit();
        WebDriver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; a leftover temporary profile is harmless.
        }
    }
}
