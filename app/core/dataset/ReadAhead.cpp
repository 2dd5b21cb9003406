#include "dataset/ReadAhead.h"

namespace sharewise::dataset {

void readAhead(table::DatasetReader& reader, Pipe& pipe)
{
    for (;;) {
        auto block = pipe.takeFree();
        if (!block)
            return;
        auto step = reader.read(*block, kBlockRows);
        Item item;
        if (!step) {
            item.kind = Item::Kind::Failed;
            item.error = step.error();
            pipe.giveBack(std::move(block));
            pipe.put(std::move(item));
            return;
        }
        switch (step.value()) {
        case table::ReadStep::Restarted:
            item.kind = Item::Kind::Restarted;
            item.info = reader.info();
            item.firstRows = reader.firstRows();
            pipe.giveBack(std::move(block));
            break;
        case table::ReadStep::End:
            item.kind = Item::Kind::End;
            item.info = reader.info();
            item.counts = reader.counts();
            item.progress = item.total = reader.total();
            pipe.giveBack(std::move(block));
            pipe.put(std::move(item));
            return;
        case table::ReadStep::Rows:
            item.block = std::move(block);
            item.progress = reader.progress();
            item.total = reader.total();
            break;
        }
        pipe.put(std::move(item));
    }
}

} // namespace sharewise::dataset
