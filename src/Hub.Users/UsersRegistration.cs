using Hub.Storage;
using Hub.Users.Internals;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Users;

public static class UsersRegistration
{
    /// <summary>This module's entities, for the design-time factories of the migrations projects.</summary>
    public static IHubModelPart ModelPart { get; } = new UsersModelPart();

    /// <summary>
    /// Users with ASP.NET Core Identity over Hub's one context (its stores need only <c>Set&lt;HubUser&gt;()</c>), the
    /// configured first owner, and the Studio's session: an <c>HttpOnly</c>, <c>SameSite=Strict</c> cookie, <c>Secure</c>
    /// whenever the request came over HTTPS, with antiforgery tokens for what it changes. Call after <c>AddHubDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddHubUsers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubModelPart(ModelPart);
        builder.Services.AddOptions<UsersOptions>().BindConfiguration(UsersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OwnerOptions>().BindConfiguration(OwnerOptions.Section)
            .Validate(o => string.IsNullOrEmpty(o.Email) == string.IsNullOrEmpty(o.Password), "Hub:Owner needs both Email and Password, or neither.")
            .ValidateOnStart();
        builder.Services.AddIdentityCore<HubUser>().AddEntityFrameworkStores<HubDbContext>();
        builder.Services.AddOptions<IdentityOptions>().Configure<IOptions<UsersOptions>>((identity, users) =>
        {
            identity.User.RequireUniqueEmail = true;
            identity.User.AllowedUserNameCharacters = "";
            identity.Password.RequiredLength = users.Value.MinimumPasswordLength;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequiredUniqueChars = 1;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = users.Value.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = users.Value.LockoutDuration;
        });
        builder.Services.AddAuthentication().AddCookie(UserSessions.Scheme);
        builder.Services.AddOptions<CookieAuthenticationOptions>(UserSessions.Scheme).Configure<IOptions<UsersOptions>>((cookie, users) =>
        {
            cookie.Cookie.Name = UserSessions.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = users.Value.SessionLifetime;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionPrincipals.ValidateAsync;
            // An API answers 401 and 403; it does not redirect to a login page.
            cookie.Events.OnRedirectToLogin = c => Status(c, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = c => Status(c, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = UserSessions.AntiforgeryHeader;
            o.FormFieldName = UserSessions.AntiforgeryFormField;
            o.Cookie.Name = UserSessions.AntiforgeryCookieName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddScoped<UserSignIns>();
        builder.Services.AddScoped<WorkspaceMembers>();
        builder.Services.AddHostedService<OwnerBootstrap>();
        return builder;
    }

    private static Task Status(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
