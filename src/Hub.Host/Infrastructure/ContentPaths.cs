namespace Hub.Host.Infrastructure;

/// <summary>Finds the definition folders whether Hub runs from the repository root or from its project folder.</summary>
internal static class ContentPaths
{
    public static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException($"Folder '{path}' was not found from '{Directory.GetCurrentDirectory()}' or its parents.");
    }
}
