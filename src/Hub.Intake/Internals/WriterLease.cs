using Microsoft.Extensions.DependencyInjection;

namespace Hub.Intake.Internals;

/// <summary>
/// The group writer of one committer loop, with the scope (database context, open connection) it lives in: made on
/// first use, kept across groups, and dropped after a failure so that the next group starts on a fresh connection.
/// </summary>
internal sealed class WriterLease(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private AsyncServiceScope? _scope;
    private IInboundGroupWriter? _writer;

    public IInboundGroupWriter Get()
    {
        if (_writer is null)
        {
            var scope = scopes.CreateAsyncScope();
            _scope = scope;
            _writer = scope.ServiceProvider.GetRequiredService<IInboundGroupWriter>();
        }
        return _writer;
    }

    public async ValueTask DisposeAsync()
    {
        _writer = null;
        if (_scope is { } scope)
        {
            _scope = null;
            await scope.DisposeAsync();
        }
    }
}
