using Hub.Access;

namespace Hub.Host.Infrastructure;

/// <summary>
/// On the groups whose answers carry personal data: a viewer's 200 answer is replaced by its masked copy
/// (<see cref="ResponseMasking"/>). Set once per group, so no handler can forget it.
/// </summary>
internal sealed class PersonalDataMaskFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        if (Caller.From(context.HttpContext.User) is not { SeesMaskedData: true })
        {
            return result;
        }
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }
            && ResponseMasking.Mask(value) is { } masked && !ReferenceEquals(masked, value))
        {
            return TypedResults.Ok(masked);
        }
        return result;
    }
}
