namespace Hub.Host.Infrastructure;

/// <summary>
/// Finds a definition folder: a rooted path as given; a relative one in the working directory or a parent of it (a
/// repository checkout, where edits apply at once), else beside the application (the published copy of the shipped
/// connectors and workflows), so that Hub runs from any folder.
/// </summary>
internal static class ContentPaths
{
    public static string Resolve(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"Folder '{path}' does not exist.");
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
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
        throw new DirectoryNotFoundException(
            $"Folder '{path}' was not found in '{Directory.GetCurrentDirectory()}', its parents or '{AppContext.BaseDirectory}'; set Hub__ConnectorsPath / Hub__WorkflowsPath to an existing folder.");
    }
}
