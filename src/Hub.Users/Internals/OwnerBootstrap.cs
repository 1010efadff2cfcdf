using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Users.Internals;

/// <summary>
/// Creates the owner named by <c>Hub:Owner</c> at start when no user has that email. Registered after the database
/// migrator, whose start it waits for (hosted services start in order). Two processes starting together may both
/// try: the unique email lets one win and the other finds the owner on its second look.
/// </summary>
internal sealed class OwnerBootstrap(IServiceScopeFactory scopes, IOptions<OwnerOptions> options, TimeProvider clock, ILogger<OwnerBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value is not { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
        {
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EnsureOwnerAsync(email.Trim(), password);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another process created it meanwhile; look again.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureOwnerAsync(string email, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (!existing.IsOwner)
            {
                existing.IsOwner = true;
                Check(await users.UpdateAsync(existing));
                logger.LogInformation("Configured owner {UserId} made an owner", existing.Id);
            }
            return;
        }
        var owner = new HubUser { UserName = email, Email = email, IsOwner = true, CreatedAt = clock.GetUtcNow() };
        Check(await users.CreateAsync(owner, password));
        logger.LogInformation("Created the configured owner {UserId}", owner.Id);
    }

    // The codes, not the descriptions: a description may quote the email.
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Hub:Owner cannot be created: {string.Join(", ", result.Errors.Select(e => e.Code))} (see Hub:Users:MinimumPasswordLength for the password's length).");
        }
    }
}
