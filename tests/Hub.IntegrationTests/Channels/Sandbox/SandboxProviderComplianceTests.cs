namespace Hub.IntegrationTests.Channels.Sandbox;

public sealed class SandboxProviderComplianceTests(SandboxProviderFixture fixture)
    : ChannelProviderCompliance<SandboxProviderFixture>(fixture), IClassFixture<SandboxProviderFixture>;
