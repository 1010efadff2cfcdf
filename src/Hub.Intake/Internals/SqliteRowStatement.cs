using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Intake.Internals;

/// <summary>One single-row INSERT, its text fixed (so SQLite keeps it prepared), its parameters replaced per row.</summary>
internal sealed class SqliteRowStatement
{
    private readonly IProperty[] _properties;

    public SqliteRowStatement(DbConnection connection, IEntityType entity, string[] columns, string suffix)
    {
        _properties = [.. columns.Select(c => entity.FindProperty(c)!)];
        Command = connection.CreateCommand();
        Command.CommandText = $"INSERT INTO {entity.GetTableName()} ({string.Join(", ", columns.Select(c => ModelColumns.Column(entity, c)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => Name(i)))}){suffix}";
    }

    public DbCommand Command { get; }

    public void Bind(object?[] values)
    {
        Command.Parameters.Clear();
        for (var c = 0; c < values.Length; c++)
        {
            // The property's mapping applies its value converter (UTC instants, enum text) as EF Core itself would.
            Command.Parameters.Add(_properties[c].GetRelationalTypeMapping().CreateParameter(Command, Name(c), values[c], _properties[c].IsNullable));
        }
    }

    private static string Name(int index) => "@p" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
