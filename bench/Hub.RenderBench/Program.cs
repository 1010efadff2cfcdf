using BenchmarkDotNet.Running;
using Hub.RenderBench;

// Template rendering, cached as Hub renders it (parsed once when the catalogue loads), against a hand-written
// interpolated string of the same SMS as the baseline of this run.
//
//   dotnet run -c Release --project bench/Hub.RenderBench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(OrderConfirmationRender).Assembly).Run(args);
