using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Intake.Internals;

/// <summary>Names from the model, so that raw SQL follows the model's table and column names.</summary>
internal static class ModelColumns
{
    public static IEntityType Entity<T>(DbContext db) => db.Model.FindEntityType(typeof(T))!;

    public static string Column(IEntityType entity, string property) =>
        entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!;
}
